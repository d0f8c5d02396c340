import type { ConfluenceApi, ListedPage } from './api.js';
import type { PageRecord } from './articles.js';

export interface SyncResult {
  /** Every current page of the space. */
  pages: PageRecord[];
  /** New or changed since `previous` (or forced): the ones whose body and labels were fetched. */
  changed: PageRecord[];
  removed: string[];
  /** Where the next pass goes on re-reading unchanged pages' labels (see `labelChecks`). */
  nextLabelCheck: number;
}

/** Unchanged pages whose labels one pass reads again, from `from` on in the listing's order, wrapping around. */
export interface LabelChecks {
  from: number;
  count: number;
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
 * for a label change, and labels decide an article's id, language and request types: so each pass also reads the
 * labels of a few unchanged pages again (`labelChecks`), in turn, which finds a label edit within a few passes even
 * where no webhook reports it. Without a previous index the listing carries the bodies: a page of 250 bodies costs
 * one call instead of 250.
 */
export async function syncSpace(
  api: ConfluenceApi,
  spaceId: string,
  previous: ReadonlyMap<string, PageRecord>,
  force: ReadonlySet<string>,
  concurrency: number,
  labelChecks: LabelChecks = { from: 0, count: 0 },
): Promise<SyncResult> {
  const listed = await api.pages(spaceId, previous.size === 0);
  const pages: PageRecord[] = [];
  const stale: ListedPage[] = [];
  for (const page of listed) {
    const known = previous.get(page.id);
    if (known && known.version === page.version && !force.has(page.id)) pages.push(known);
    else stale.push(page);
  }
  const relabelled: PageRecord[] = [];
  const checks = Math.min(labelChecks.count, pages.length);
  const from = pages.length === 0 ? 0 : labelChecks.from % pages.length;
  const rechecked = Array.from({ length: checks }, (_, i) => (from + i) % pages.length);
  const sameLabels = (a: string[], b: string[]) => [...a].sort().join('\n') === [...b].sort().join('\n');
  await eachLimited(rechecked, concurrency, async (at) => {
    const known = pages[at] as PageRecord;
    // A check that fails is only skipped: the page's turn comes again, and the pass's other work stands.
    const labels = await api.labels(known.pageId).catch(() => null);
    if (labels && !sameLabels(labels, known.labels)) {
      const record = { ...known, labels };
      pages[at] = record;
      relabelled.push(record);
    }
  });
  const fetched: PageRecord[] = [];
  await eachLimited(stale, concurrency, async (listedPage) => {
    const page = listedPage.storage === null ? await api.page(listedPage.id) : listedPage;
    const labels = page && (await api.labels(page.id));
    // Gone between the listing and these calls: the next pass will not list it either.
    if (!page || page.storage === null || !labels) return;
    fetched.push({ pageId: page.id, version: page.version, title: page.title, updatedAt: new Date(page.versionCreatedAt).toISOString(), labels, storage: page.storage });
  });
  const all = [...pages, ...fetched];
  const present = new Set(all.map((p) => p.pageId));
  return { pages: all, changed: [...relabelled, ...fetched], removed: [...previous.keys()].filter((id) => !present.has(id)), nextLabelCheck: pages.length === 0 ? 0 : (from + checks) % pages.length };
}
