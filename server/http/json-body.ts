import type { Context } from 'hono';
import { problems } from './problem.js';

/**
 * Deeper than any body of the contract needs, `context.extra` included. 256 KB of "[" nest 130,000 levels deep:
 * JSON.parse copes, but the recursive code after it (the idempotency fingerprint, JSON.stringify) overflowed the
 * stack, a 500 for bad input.
 */
export const JSON_MAX_DEPTH = 64;

/** The path of the first object or array nested deeper than JSON_MAX_DEPTH, named by its first two keys, or null. */
function tooDeep(value: unknown): string | null {
  // Iterative, so that checking the depth cannot overflow the stack itself.
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= JSON_MAX_DEPTH) return item.path;
    const isArray = Array.isArray(item.value);
    for (const [key, child] of Object.entries(item.value)) {
      const segment = isArray ? `[${key}]` : `${item.path === '' ? '' : '.'}${key}`;
      stack.push({ value: child, depth: item.depth + 1, path: item.depth < 2 ? `${item.path}${segment}` : item.path });
    }
  }
  return null;
}

/** Fails on bytes that are not UTF-8, which a lenient decoding would turn into U+FFFD in the user's text for good. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON text without its escaped U+0000 (`\u0000`; a raw one is no JSON): text pasted from a PDF may carry it,
 * nobody sees it, and JSM's database cannot store it (its answer a 500, which the gateway takes for a lost answer, so
 * the user would be stuck). Escapes are read in pairs, so that `\\u0000` (a backslash, then "u0000") stays.
 */
const withoutNul = (text: string): string => (text.includes('\\u0000') ? text.replace(/\\(\\|u0000)/g, (escape, what: string) => (what === '\\' ? escape : '')) : text);

/** Parses the (already size-limited) body; a body that is not UTF-8 JSON is a 400, never a 500. */
export async function readJson(c: Context): Promise<unknown> {
  const bytes = await c.req.arrayBuffer();
  let value: unknown;
  try {
    const text = utf8.decode(bytes);
    if (text.trim() === '') throw new SyntaxError('empty body');
    value = JSON.parse(withoutNul(text)) as unknown;
  } catch {
    throw problems.malformedJson();
  }
  const deep = tooDeep(value);
  if (deep !== null) throw problems.validation([{ field: deep, message: `nests more than ${JSON_MAX_DEPTH} levels deep` }]);
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
