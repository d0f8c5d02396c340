import type { SimConfluenceSeed, SimLabel, SimPage, SimPageInput, SimSpace } from '../types.js';

export interface ConfluenceRateLimit {
  perSecond: number;
  retryAfterSeconds: number;
}

/** The simulated Confluence site: spaces, pages with versions, labels, and its own burst limit. */
export class ConfluenceSite {
  readonly spaces = new Map<string, SimSpace>();
  readonly pages = new Map<string, SimPage>();
  private counters = { space: 98_304, page: 65_536, label: 1 };
  private window = { second: 0, calls: 0 };

  constructor(
    private readonly now: () => number,
    readonly rateLimit: ConfluenceRateLimit | null,
    readonly authorId: string,
  ) {}

  /** True when the call fits in this second's budget. Wall-clock time, so a frozen test clock cannot block forever. */
  admit(): boolean {
    if (!this.rateLimit) return true;
    const second = Math.floor(Date.now() / 1000);
    if (second !== this.window.second) this.window = { second, calls: 0 };
    this.window.calls += 1;
    return this.window.calls <= this.rateLimit.perSecond;
  }

  spaceByKey(key: string): SimSpace | undefined {
    return [...this.spaces.values()].find((s) => s.key === key);
  }

  ensureSpace(key: string, name?: string): SimSpace {
    const existing = this.spaceByKey(key);
    if (existing) return existing;
    const space: SimSpace = { id: String(this.counters.space++), key, name: name ?? key, createdAt: this.now() };
    this.spaces.set(space.id, space);
    return space;
  }

  putPage(input: SimPageInput, createdAt = this.now()): SimPage {
    const space = this.ensureSpace(input.spaceKey);
    const page: SimPage = {
      id: String(this.counters.page++),
      spaceId: space.id,
      title: input.title,
      status: 'current',
      storage: input.storage,
      labels: this.labels(input.labels ?? []),
      authorId: this.authorId,
      createdAt,
      version: { number: 1, createdAt },
    };
    this.pages.set(page.id, page);
    return page;
  }

  updatePage(id: string, patch: Partial<Omit<SimPageInput, 'spaceKey'>>): SimPage {
    const page = this.pageOrThrow(id);
    const edited = (patch.title !== undefined && patch.title !== page.title) || (patch.storage !== undefined && patch.storage !== page.storage);
    if (patch.title !== undefined) page.title = patch.title;
    if (patch.storage !== undefined) page.storage = patch.storage;
    if (patch.labels !== undefined) page.labels = this.labels(patch.labels);
    if (edited) page.version = { number: page.version.number + 1, createdAt: Math.max(this.now(), page.version.createdAt + 1) };
    return page;
  }

  deletePage(id: string): void {
    this.pageOrThrow(id).status = 'trashed';
  }

  loadSeed(seed: SimConfluenceSeed): void {
    for (const s of seed.spaces ?? []) this.ensureSpace(s.key, s.name);
    for (const p of seed.pages ?? []) this.putPage(p, p.createdAt ? Date.parse(p.createdAt) : this.now());
  }

  private pageOrThrow(id: string): SimPage {
    const page = this.pages.get(id);
    if (!page) throw new Error(`no page ${id}`);
    return page;
  }

  private labels(names: string[]): SimLabel[] {
    return [...new Set(names)].map((name) => ({ id: String(this.counters.label++), name, prefix: 'global' }));
  }
}
