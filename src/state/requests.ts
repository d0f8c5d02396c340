import { batch, effect, signal, untracked } from '@preact/signals';
import type { PortalClient, Revalidated } from '../api/client';
import type { CreatorList, RequestDetail, RequestList, RequestOwnership, RequestQuery, RequestSort, RequestSummary, StatusFilter } from '../api/contract';
import { PortalError } from '../api/errors';
import type { AppState } from './app';
import { createResource, type Resource } from './resource';

export interface ListFilters {
  ownership: RequestOwnership;
  status: StatusFilter;
  /** Creator id; only applies to the whole practice's list. */
  createdBy: string;
  /** Request type id. */
  requestType: string;
  q: string;
  sort: RequestSort;
}

/** As on the vendor's portal: the user's own requests, and the status filter on "open". */
export const DEFAULT_FILTERS: ListFilters = { ownership: 'mine', status: 'open', createdBy: '', requestType: '', q: '', sort: 'updated' };

const EMPTY_PAGES_FOLLOWED = 4;

const asPortalError = (error: unknown): PortalError => (error instanceof PortalError ? error : new PortalError('network', String(error)));

export function queryOf(filters: ListFilters): RequestQuery {
  return {
    ownership: filters.ownership,
    status: filters.status,
    sort: filters.sort,
    q: filters.q.trim() || undefined,
    requestType: filters.requestType || undefined,
    createdBy: filters.ownership === 'organization' ? filters.createdBy || undefined : undefined,
  };
}

/**
 * The request list and the request pages' data. It outlives the views (they are unmounted when the panel starts a
 * fresh stack), so filters, loaded pages and the scroll position are still there when the user comes back.
 */
export function createRequestsStore(client: PortalClient) {
  const filters = signal<ListFilters>(DEFAULT_FILTERS);
  const items = signal<RequestSummary[] | null>(null);
  const nextCursor = signal<string | null>(null);
  const loading = signal(false);
  const loadingMore = signal(false);
  const error = signal<PortalError | null>(null);
  const moreError = signal<PortalError | null>(null);
  const creators = createResource<CreatorList>(() => client.creators());
  const details = new Map<string, Resource<RequestDetail>>();
  let scrollTop = 0;
  // Answers to an older query (or for the previous user) are dropped.
  let run = 0;

  /**
   * A page may come back empty and still name a next one, from a portal that filters after reading (the JSM gateway
   * reads a few pages of JSM's per call): such pages are followed, a few at most, so that an empty list means none.
   */
  const page = async (query: RequestQuery): Promise<Revalidated<RequestList>> => {
    let result = await client.listRequests(query);
    for (let followed = 0; followed < EMPTY_PAGES_FOLLOWED && !result.notModified && result.data.items.length === 0 && result.data.nextCursor; followed++) {
      result = await client.listRequests({ ...query, cursor: result.data.nextCursor });
    }
    return result;
  };

  const load = async (): Promise<void> => {
    const mine = ++run;
    batch(() => {
      loading.value = true;
      loadingMore.value = false;
      error.value = null;
      moreError.value = null;
    });
    try {
      const result = await page(queryOf(filters.peek()));
      if (mine !== run || result.notModified) return;
      batch(() => {
        items.value = result.data.items;
        nextCursor.value = result.data.nextCursor;
      });
    } catch (e) {
      if (mine === run) error.value = asPortalError(e);
    } finally {
      if (mine === run) loading.value = false;
    }
  };

  const loadMore = async (): Promise<void> => {
    const cursor = nextCursor.peek();
    if (!cursor || loadingMore.peek() || loading.peek()) return;
    const mine = run;
    loadingMore.value = true;
    moreError.value = null;
    try {
      const result = await page({ ...queryOf(filters.peek()), cursor });
      if (mine !== run || result.notModified) return;
      // Keyset pages cannot overlap; the check only guards the list against a portal that gets this wrong.
      const shown = new Set(items.peek()?.map((item) => item.key));
      batch(() => {
        items.value = [...(items.peek() ?? []), ...result.data.items.filter((item) => !shown.has(item.key))];
        nextCursor.value = result.data.nextCursor;
      });
    } catch (e) {
      if (mine === run) moreError.value = asPortalError(e);
    } finally {
      if (mine === run) loadingMore.value = false;
    }
  };

  return {
    filters,
    items,
    nextCursor,
    loading,
    loadingMore,
    error,
    moreError,
    creators,
    load,
    loadMore,
    /** Loads the first page unless it is there or on its way. */
    ensure(): void {
      if (items.peek() === null && !loading.peek()) void load();
    },
    setFilters(patch: Partial<ListFilters>): void {
      filters.value = { ...filters.peek(), ...patch };
      scrollTop = 0;
      void load();
    },
    get scrollTop(): number {
      return scrollTop;
    },
    set scrollTop(value: number) {
      scrollTop = value;
    },
    /** Fresher data for shown rows (from a request page or the unread check): the list shows it too. */
    update(...summaries: RequestSummary[]): void {
      const list = items.peek();
      const fresh = new Map(summaries.map((summary) => [summary.key, summary]));
      const newer = (item: RequestSummary): RequestSummary | undefined => {
        const next = fresh.get(item.key);
        return next && Date.parse(next.updatedAt) > Date.parse(item.updatedAt) ? next : undefined;
      };
      if (!list?.some(newer)) return;
      items.value = list.map((item) => {
        const next = newer(item);
        return next ? pickSummary(next) : item;
      });
    },
    /** One request's page data, kept while the user moves around the panel. */
    detail(key: string): Resource<RequestDetail> {
      let resource = details.get(key);
      if (!resource) {
        resource = createResource(() => client.request(key));
        details.set(key, resource);
      }
      return resource;
    },
    /** Status and type names come localised from the portal: shown data is fetched again in the new language. */
    relocalise(): void {
      if (items.peek() !== null || loading.peek()) void load();
      for (const resource of details.values()) if (resource.data.peek() || resource.loading.peek()) void resource.reload();
    },
    /** Forgets everything: another user must never see this one's requests. */
    reset(): void {
      run++;
      batch(() => {
        filters.value = DEFAULT_FILTERS;
        items.value = null;
        nextCursor.value = null;
        loading.value = false;
        loadingMore.value = false;
        error.value = null;
        moreError.value = null;
      });
      scrollTop = 0;
      creators.reset();
      for (const resource of details.values()) resource.reset();
      details.clear();
    },
  };
}

function pickSummary(detail: RequestSummary): RequestSummary {
  const { key, summary, requestType, status, createdBy, createdAt, updatedAt, lastAgentActivityAt } = detail;
  return { key, summary, requestType, status, createdBy, createdAt, updatedAt, lastAgentActivityAt };
}

export type RequestsStore = ReturnType<typeof createRequestsStore>;

const stores = new WeakMap<AppState, RequestsStore>();

/** The panel's one requests store, created on first use and emptied whenever the user changes. */
export function requestsOf(app: AppState): RequestsStore {
  let store = stores.get(app);
  if (!store) {
    const created = createRequestsStore(app.client);
    let user = app.session.userId.peek();
    let locale = app.locale.peek();
    effect(() => {
      const next = app.session.userId.value;
      if (next !== user) created.reset();
      user = next;
    });
    effect(() => {
      const next = app.locale.value;
      if (next !== locale) untracked(() => created.relocalise());
      locale = next;
    });
    stores.set(app, created);
    store = created;
  }
  return store;
}
