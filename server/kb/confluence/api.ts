import type { JsmClient, Query } from '../../store/jsm/client.js';
import { withinDeadline } from '../../store/jsm/deadline.js';

/** A page as the space listing gives it; `storage` only when the listing asked for bodies. */
export interface ListedPage {
  id: string;
  title: string;
  version: number;
  versionCreatedAt: string;
  storage: string | null;
  /** `status` is `current` (or absent); a trashed, archived, draft or historical page is no article. */
  current: boolean;
}

/**
 * Each call gets a deadline of its own: long enough to sit out several `Retry-After` waits of a 429 storm (a
 * wait beyond it ends the refresh instead), short enough that a hanging site fails the refresh rather than stalling it.
 */
const CALL_BUDGET_MS = 60_000;
const PAGE_LIMIT = 250;
const API = '/api/v2';
/**
 * Most pages of results one listing follows: a space of 250,000 pages at 250 a call. A cursor chain beyond it is a
 * site that keeps handing out next links (FACTS §9 only says to follow them until they are gone), not a longer space.
 */
export const MAX_LISTING_PAGES = 1_000;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function unexpected(what: string): Error {
  return new Error(`Confluence answered ${what} in an unexpected shape`);
}

/** `_links.next` or the `Link` header, as a path below `/api/v2` plus its query (FACTS §9); `link` is both in one. */
function nextOf(body: Json, headers: Headers): { path: string; query: Query; link: string } | null {
  const links = isObject(body._links) ? body._links : {};
  const fromHeader = /<([^>]+)>\s*;\s*rel="?next"?/.exec(headers.get('link') ?? '')?.[1];
  const next = typeof links.next === 'string' ? links.next : fromHeader;
  if (!next) return null;
  const url = new URL(next, 'http://confluence.invalid');
  const at = url.pathname.indexOf(`${API}/`);
  if (at < 0) throw unexpected(`a next link (${next})`);
  return { path: url.pathname.slice(at), query: Object.fromEntries(url.searchParams), link: `${url.pathname.slice(at)}${url.search}` };
}

function pageOf(item: unknown): ListedPage {
  if (!isObject(item) || typeof item.id !== 'string' || typeof item.title !== 'string' || !isObject(item.version)) throw unexpected('a page');
  const { number, createdAt } = item.version;
  if (typeof number !== 'number' || typeof createdAt !== 'string') throw unexpected(`page ${item.id}'s version`);
  const body = isObject(item.body) && isObject(item.body.storage) ? item.body.storage.value : undefined;
  const current = item.status === undefined || item.status === 'current';
  return { id: item.id, title: item.title, version: number, versionCreatedAt: createdAt, storage: typeof body === 'string' ? body : null, current };
}

/** The read-only Confluence v2 calls the knowledge base needs, through the JSM gateway's client (auth, retries). */
export function createConfluenceApi(client: JsmClient) {
  const get = (path: string, query: Query, accept: number[] = []) =>
    withinDeadline(CALL_BUDGET_MS, () => client.request({ method: 'GET', path, query, retry: true, accept }));

  /**
   * Follows the cursor to the end, collecting every `results` item; null when the first call says 404. A next link
   * that repeats one already followed, or a chain longer than `MAX_LISTING_PAGES`, would never end: the listing fails
   * instead, so the refresh keeps the last good index rather than one missing pages.
   */
  async function all(path: string, query: Query): Promise<unknown[] | null> {
    const items: unknown[] = [];
    const followed = new Set<string>();
    let call: { path: string; query: Query } | null = { path, query };
    for (let pages = 0; call; pages++) {
      if (pages === MAX_LISTING_PAGES) throw new Error(`Confluence listed ${path} beyond ${MAX_LISTING_PAGES} pages of results; stopped following its next links`);
      const answer = await get(call.path, call.query, items.length === 0 ? [404] : []);
      if (answer.status === 404) return null;
      if (!isObject(answer.body) || !Array.isArray(answer.body.results)) throw unexpected(`GET ${call.path}`);
      items.push(...answer.body.results);
      const next = nextOf(answer.body, answer.headers);
      if (next && followed.has(next.link)) throw new Error(`Confluence repeated the next link ${next.link} while listing ${path}; stopped following it`);
      if (next) followed.add(next.link);
      call = next;
    }
    return items;
  }

  return {
    async spaceId(key: string): Promise<string> {
      const answer = await get(`${API}/spaces`, { keys: key });
      const results = isObject(answer.body) && Array.isArray(answer.body.results) ? answer.body.results : [];
      const space = results.find((s): s is Json => isObject(s) && s.key === key);
      if (!space || typeof space.id !== 'string') throw new Error(`Confluence has no space with the key ${key}, or the account may not view it`);
      return space.id;
    },
    async pages(spaceId: string, withBodies: boolean): Promise<ListedPage[]> {
      const query: Query = { limit: PAGE_LIMIT, status: 'current', sort: 'id', 'body-format': withBodies ? 'storage' : undefined };
      const items = await all(`${API}/spaces/${spaceId}/pages`, query);
      if (items === null) throw new Error(`Confluence space ${spaceId} is gone`);
      // `status=current` asks for current pages only; what comes back is checked all the same.
      return items.map(pageOf).filter((page) => page.current);
    },
    /**
     * null when the page is gone: not found, or no longer current (getPageById has no status filter and answers a
     * trashed or archived page with its status).
     */
    async page(id: string): Promise<ListedPage | null> {
      const answer = await get(`${API}/pages/${id}`, { 'body-format': 'storage' }, [404]);
      if (answer.status === 404) return null;
      const page = pageOf(answer.body);
      return page.current ? page : null;
    },
    /**
     * The page's global labels; null when the page is gone. Personal (`my`), team and system labels are not the
     * knowledge-base team's: they never set an article's id, language or request types (FACTS §9 label prefixes).
     */
    async labels(id: string): Promise<string[] | null> {
      const items = await all(`${API}/pages/${id}/labels`, { limit: PAGE_LIMIT });
      return (
        items &&
        items
          .filter((label): label is Json => isObject(label) && typeof label.name === 'string' && (label.prefix === undefined || label.prefix === 'global'))
          .map((label) => label.name as string)
      );
    },
  };
}

export type ConfluenceApi = ReturnType<typeof createConfluenceApi>;
