export interface PageRequest {
  start: number;
  limit: number;
}

const DEFAULT_LIMIT = 50;

/** servicedeskapi paging: the server cap applies silently, so `size < limit` with `isLastPage=false` is normal. */
export function pageRequest(query: URLSearchParams, cap: number): PageRequest {
  const start = Math.max(0, Number(query.get('start') ?? 0) || 0);
  const asked = Number(query.get('limit') ?? DEFAULT_LIMIT) || DEFAULT_LIMIT;
  return { start, limit: Math.max(1, Math.min(asked, cap)) };
}

export function paged<T>(site: string, path: string, query: URLSearchParams, all: T[], page: PageRequest): Record<string, unknown> {
  const values = all.slice(page.start, page.start + page.limit);
  const isLastPage = page.start + values.length >= all.length;
  const link = (start: number): string => {
    const q = new URLSearchParams(query);
    q.set('start', String(start));
    q.set('limit', String(page.limit));
    return `${site}${path}?${q.toString()}`;
  };
  const links: Record<string, string> = { base: `${site}/rest/servicedeskapi`, context: '', self: `${site}${path}` };
  if (!isLastPage) links.next = link(page.start + page.limit);
  if (page.start > 0) links.prev = link(Math.max(0, page.start - page.limit));
  return { size: values.length, start: page.start, limit: page.limit, isLastPage, values, _links: links };
}
