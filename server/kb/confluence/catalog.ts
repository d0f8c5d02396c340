import type { Locale } from '../../../src/api/contract.js';
import { createJsmClient } from '../../store/jsm/client.js';
import type { JsmConfig } from '../../store/jsm/config.js';
import { JsmResponseError } from '../../store/jsm/errors.js';
import { openDatabase } from '../../store/sqlite/database.js';
import { createArticleCatalog, type ArticleCatalog } from '../catalog.js';
import { loadArticles } from '../loader.js';
import { loadSynonyms } from '../synonyms.js';
import { createConfluenceApi } from './api.js';
import { articlesOf, indexPage, type IndexedPage } from './articles.js';
import { createPageStore } from './persist.js';
import { syncSpace } from './sync.js';
import { synonymsOf } from './synonyms.js';

export interface ConfluenceCatalogOptions {
  jsm: Pick<JsmConfig, 'siteUrl' | 'email' | 'apiToken' | 'kbSpace' | 'confluenceUrl' | 'kbRefreshMs'>;
  /** The state store (PORTAL_DB) that keeps the last good index. */
  dbPath: string;
  /** The Markdown folder, served when Confluence is down at start-up and no index was ever stored. */
  articlesDir: string;
  log: (line: string) => void;
  /** Confluence v2 has no space language: pages without a `lang-` label are in this one. Default `de`. */
  defaultLocale?: Locale;
  /** Page bodies and labels fetched at once. Default 8. */
  concurrency?: number;
  fetch?: typeof fetch;
}

export interface ConfluenceCatalog extends ArticleCatalog {
  /** One pass over the space; `pageIds` are fetched again even with an unchanged version (label webhooks). */
  refresh(pageIds?: readonly string[]): Promise<void>;
  close(): void;
}

/** Why a read of the space failed, for the log: Confluence's refusal named as such, with what to check. */
function reason(error: unknown): string {
  if (error instanceof JsmResponseError) {
    const what = `Confluence ${error.method} ${error.path} answered ${error.status}${error.jsmMessage ? `: ${error.jsmMessage}` : ''}`;
    return error.status === 403 || error.status === 404 ? `${what}; can the service account view the space?` : what;
  }
  return error instanceof Error ? error.message : String(error);
}
// Unchanged pages whose labels each pass reads again (Confluence keeps the version on a label edit): at the default
// ten-minute refresh a space of 500 pages has every label read again within 100 minutes, at 50 calls a pass.
const LABEL_CHECKS = 50;

/**
 * The knowledge base from one Confluence space (issue "Jira Service Management, live"), with the `ArticleCatalog`
 * surface of the Markdown one. The served index is swapped only after a complete pass, so an outage or a failed
 * refresh keeps the last good index, and its ETag, in place.
 */
export async function createConfluenceCatalog(options: ConfluenceCatalogOptions): Promise<ConfluenceCatalog> {
  const { jsm, log } = options;
  if (!jsm.kbSpace) throw new Error('createConfluenceCatalog needs JSM_KB_SPACE');
  const spaceKey: string = jsm.kbSpace;
  const confluenceUrl = jsm.confluenceUrl ?? `${jsm.siteUrl}/wiki`;
  const space = { key: spaceKey, url: confluenceUrl };
  const defaultLocale = options.defaultLocale ?? 'de';
  const client = createJsmClient({ siteUrl: confluenceUrl, email: jsm.email, apiToken: jsm.apiToken, log, fetch: options.fetch });
  const api = createConfluenceApi(client);
  const db = openDatabase(options.dbPath);
  const store = createPageStore(db);

  const stored = store.load(spaceKey);
  let pages = new Map<string, IndexedPage>((stored?.pages ?? []).map((p) => [p.pageId, indexPage(p, space, defaultLocale)]));
  const catalogOf = (indexed: Map<string, IndexedPage>): ArticleCatalog =>
    createArticleCatalog(articlesOf(indexed.values(), defaultLocale), synonymsOf(indexed.values(), log));
  let served: ArticleCatalog | null = stored ? catalogOf(pages) : null;
  let spaceId: string | null = null;
  let healthy = true;
  let closed = false;
  const forced = new Set<string>();
  let labelCheck = 0;

  async function pass(): Promise<void> {
    const force = new Set(forced);
    forced.clear();
    try {
      spaceId ??= await api.spaceId(spaceKey);
      const result = await syncSpace(api, spaceId, pages, force, options.concurrency ?? 8, { from: labelCheck, count: LABEL_CHECKS });
      labelCheck = result.nextLabelCheck;
      if (closed) return;
      store.save(spaceKey, result.changed, result.removed, Date.now());
      if (!healthy) log(`kb: Confluence space ${spaceKey} answers again`);
      healthy = true;
      if (served && result.changed.length === 0 && result.removed.length === 0) return;
      const previous = pages;
      // Unchanged pages come back as the very records passed in: only new and changed ones are converted.
      pages = new Map(result.pages.map((record) => {
        const known = previous.get(record.pageId);
        return [record.pageId, known === record ? known : indexPage(record, space, defaultLocale)];
      }));
      served = catalogOf(pages);
      log(`kb: Confluence space ${spaceKey}: ${served.size} articles (${result.changed.length} new or changed, ${result.removed.length} removed)`);
    } catch (error) {
      for (const id of force) forced.add(id);
      // The space may have been re-created under the same key: look it up again next time.
      spaceId = null;
      // At start-up without a stored index there is no last index to serve: start-up says what it serves instead.
      if (healthy && served) log(`kb: refresh of Confluence space ${spaceKey} failed (${reason(error)}); still serving the last index`);
      healthy = false;
      throw error;
    }
  }

  // One pass at a time; calls during a pass share the next one, which starts after it (a webhook's change may come
  // after the running pass listed that page).
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const start = (): Promise<void> => {
    running = pass().finally(() => {
      running = null;
    });
    return running;
  };
  function refresh(pageIds: readonly string[] = []): Promise<void> {
    for (const id of pageIds) forced.add(id);
    if (!running) return start();
    queued ??= running.catch(() => undefined).then(() => {
      queued = null;
      return start();
    });
    return queued;
  }

  if (served) {
    log(`kb: serving ${served.size} articles of Confluence space ${spaceKey} from the state store while it is refreshed`);
    refresh().catch(() => undefined);
  } else {
    try {
      await refresh();
    } catch (error) {
      log(`kb: Confluence space ${spaceKey} unreachable at start-up (${reason(error)}) and no index stored; serving the Markdown articles of ${options.articlesDir} until a refresh succeeds`);
    }
  }
  const fallback = served ? null : createArticleCatalog(await loadArticles(options.articlesDir, log), await loadSynonyms(options.articlesDir, log));

  const refreshMs = jsm.kbRefreshMs ?? 10 * 60_000;
  const timer = refreshMs > 0 ? setInterval(() => refresh().catch(() => undefined), refreshMs) : null;
  timer?.unref();

  const current = (): ArticleCatalog => (served ?? fallback) as ArticleCatalog;
  return {
    get size() {
      return current().size;
    },
    index: (locale) => current().index(locale),
    summaries: (locale) => current().summaries(locale),
    find: (id, locale) => current().find(id, locale),
    synonyms: () => current().synonyms(),
    refresh,
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      db.close();
    },
  };
}
