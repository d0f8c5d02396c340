import { errorBody, SimError, type Ctx, type Handler, type Reply, type Routes } from '../http/context.js';
import { rateLimitHeaders } from '../http/rate-limit.js';

/** A sort position: compared element by element; the last element is always the numeric id, so positions are unique. */
export type SortKey = (string | number)[];

const DEFAULT_LIMIT = 25;

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key as SortKey;
  } catch {
    // Falls through to the 400 below, as Confluence answers an unreadable cursor.
  }
  throw new SimError(400, 'Invalid cursor');
}

/**
 * Confluence v2 cursor paging. The cursor is the sort position of the last item sent (keyset), so pages created or
 * trashed between two calls neither repeat nor hide the items around them. `_links.next` and the `Link` header carry
 * the same site-relative URL, as Confluence sends them.
 */
export function cursorPaged<T>(ctx: Ctx, path: string, items: T[], keyOf: (item: T) => SortKey, descending: boolean, render: (item: T) => unknown): Reply {
  const direction = descending ? -1 : 1;
  const sorted = [...items].sort((a, b) => direction * compareKeys(keyOf(a), keyOf(b)));
  const cursor = ctx.query.get('cursor');
  const after = cursor === null ? null : decodeCursor(cursor);
  const start = after === null ? 0 : sorted.findIndex((item) => direction * compareKeys(keyOf(item), after) > 0);
  const limit = Number(ctx.query.get('limit') ?? DEFAULT_LIMIT);
  const page = start < 0 ? [] : sorted.slice(start, start + limit);
  const last = page[page.length - 1];
  const more = start >= 0 && last !== undefined && start + page.length < sorted.length;
  const links: Record<string, string> = { base: `${ctx.site}/wiki` };
  const headers: Record<string, string> = {};
  if (more) {
    const query = new URLSearchParams(ctx.query);
    query.set('cursor', Buffer.from(JSON.stringify(keyOf(last))).toString('base64url'));
    links.next = `${path}?${query.toString()}`;
    headers.Link = `<${links.next}>; rel="next", <${links.base}>; rel="base"`;
  }
  return { status: 200, headers, json: { results: page.map(render), _links: links } };
}

function rateLimited(handler: Handler): Handler {
  return (ctx) => {
    const site = ctx.store.confluence;
    if (!site.admit()) {
      const retryAfter = site.rateLimit?.retryAfterSeconds ?? 1;
      return { status: 429, headers: rateLimitHeaders({ kind: 'status', status: 429, times: 1, retryAfter }, ctx.store.now()), json: errorBody('confluence', 429, 'Rate limit exceeded.') };
    }
    return handler(ctx);
  };
}

/** Every Confluence route counts against the Confluence burst limit (`confluenceRateLimit`). */
export function confluenceRoutes(routes: Routes): Routes {
  return Object.fromEntries(Object.entries(routes).map(([key, handler]) => [key, rateLimited(handler)]));
}
