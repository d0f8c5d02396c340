import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the gateway made to JSM, and how to make it there. */
export interface InterceptedCall {
  method: string;
  path: string;
  body: string;
  upstream: () => Promise<Response>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'content-encoding']);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A JSM site in front of the simulator, for what the real service may answer and the simulator does not: `answer`
 * may pass a call on (`call.upstream()`), change what comes back, or answer in JSM's place.
 */
export async function jsmSiteInFront(target: string, answer: (call: InterceptedCall) => Promise<Response>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', target);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const method = req.method ?? 'GET';
      const upstream = () => fetch(url, { method, headers, body: body.length > 0 ? new Uint8Array(body) : undefined, redirect: 'manual' });
      const response = await answer({ method, path: url.pathname, body: body.toString('utf8'), upstream });
      const data = Buffer.from(await response.arrayBuffer());
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) out[name] = value;
      });
      res.writeHead(response.status, { ...out, 'content-length': String(data.length) });
      res.end(data);
    })().catch((error: unknown) => {
      res.writeHead(502);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A site in front of the simulator whose JSON answers `rewrite` may change. */
export function rewritingSite(target: string, rewrite: (path: string, body: unknown) => unknown): Promise<{ url: string; close(): Promise<void> }> {
  return jsmSiteInFront(target, async ({ path, upstream }) => {
    const response = await upstream();
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response;
    const text = await response.text();
    const body = text ? JSON.stringify(rewrite(path, JSON.parse(text))) : text;
    return new Response(body, { status: response.status, headers: response.headers });
  });
}
