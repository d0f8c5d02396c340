import type { CDPSession } from '@playwright/test';

export interface HeapComposition {
  /** Bytes of compiled code (bytecode, baseline and optimised machine code). */
  code: number;
  /** Bytes of V8's own bookkeeping: object shapes and "system /" structures (weak lists, function info wrappers). */
  engine: number;
  /** Bytes of everything else: the objects, closures, strings and DOM a leak would keep. */
  objects: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Takes a heap snapshot over CDP and sums the nodes' own sizes by what they are. */
export async function heapComposition(cdp: CDPSession): Promise<HeapComposition> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }): void => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const width = fields.length;
  const [typeField, nameField, sizeField] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const types = snapshot.meta.node_types[0];
  const result: HeapComposition = { code: 0, engine: 0, objects: 0 };
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeField]!];
    const size = nodes[i + sizeField]!;
    if (type === 'code') result.code += size;
    else if (type === 'object shape' || strings[nodes[i + nameField]!]!.startsWith('system /')) result.engine += size;
    else result.objects += size;
  }
  return result;
}
