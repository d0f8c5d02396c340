// Comments and descriptions are stored as plain text; the v3 platform API speaks Atlassian Document Format.

export interface AdfNode {
  type: string;
  text?: string;
  content?: AdfNode[];
  version?: number;
  attrs?: Record<string, unknown>;
}

export function textToAdf(text: string): AdfNode {
  const paragraphs = text === '' ? [] : text.split(/\n{2,}/);
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({
      type: 'paragraph',
      content: p.split('\n').flatMap((line, i): AdfNode[] => [...(i === 0 ? [] : [{ type: 'hardBreak' }]), ...(line ? [{ type: 'text', text: line }] : [])]),
    })),
  };
}

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'codeBlock', 'listItem', 'panel', 'rule']);

export function isAdfDoc(value: unknown): value is AdfNode {
  return typeof value === 'object' && value !== null && (value as AdfNode).type === 'doc' && Array.isArray((value as AdfNode).content);
}

export function adfToText(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const children = node.content ?? [];
  const blocks = children.some((c) => BLOCKS.has(c.type) || c.type.endsWith('List'));
  return children.map(adfToText).join(blocks ? '\n\n' : '');
}
