import type { ConfluenceApi, ListedPage } from './api.js';
import type { PageRecord } from './articles.js';

export interface SyncResult {
  /** Every current page of the space. */
  pages: PageRecord[];
  /** New or changed since `previous` (or forced): the ones whose body and labels were fetched. */
  changed: PageRecord[];
  removed: string[];
}

/** Runs `work` over `items` with at most `concurrency` at a time; the first failure fails the whole run. */
async function eachLimited<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * One pass over the space. With a previous index only page metadata is listed, and bodies and labels are fetched for
 * pages whose `version.number` differs (or that a webhook named in `force`). Confluence does not bump the version
 * for a label change, hence `force`. Without a previous index the listing carries the bodies: a page of 250 bodies
 * costs one call instead of 250.
 */
export async function syncSpace(api: ConfluenceApi, spaceId: string, previous: ReadonlyMap<string, PageRecord>, force: ReadonlySet<string>, concurrency: number): Promise<SyncResult> {
  const listed = await api.pages(spaceId, previous.size === 0);
  const pages: PageRecord[] = [];
  const stale: ListedPage[] = [];
  for (const page of listed) {
    const known = previous.get(page.id);
    if (known && known.version === page.version && !force.has(page.id)) pages.push(known);
    else stale.push(page);
  }
  const changed: PageRecord[] = [];
  await eachLimited(stale, concurrency, async (listedPage) => {
    const page = listedPage.storage === null ? await api.page(listedPage.id) : listedPage;
    const labels = page && (await api.labels(page.id));
    // Gone between the listing and these calls: the next pass will not list it either.
    if (!page || page.storage === null || !labels) return;
    changed.push({ pageId: page.id, version: page.version, title: page.title, updatedAt: new Date(page.versionCreatedAt).toISOString(), labels, storage: page.storage });
  });
  const all = [...pages, ...changed];
  const present = new Set(all.map((p) => p.pageId));
  return { pages: all, changed, removed: [...previous.keys()].filter((id) => !present.has(id)) };
}
