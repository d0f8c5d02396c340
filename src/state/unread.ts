import { computed, effect, signal, untracked } from '@preact/signals';
import type { RequestSummary } from '../api/contract';
import type { AppState } from './app';

/** What the user has seen, per request key: the time of the newest support-team activity they opened. */
export interface SeenMarks {
  /**
   * Support-team activity up to this time counts as seen: set at the first check on this browser, so years of old
   * replies do not show up as "new" the first time someone uses the widget. Null: nothing before counts as seen.
   * Absent until that first check.
   */
  since?: string | null;
  seen: Record<string, string>;
}

const MAX_MARKS = 500;
const later = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

/** Whether the request has support-team activity newer than what the user saw. Pure, so it is tested on its own. */
export function isUnread(item: RequestSummary, marks: SeenMarks | null): boolean {
  const at = item.lastAgentActivityAt;
  if (!at || !marks || marks.since === undefined) return false;
  const mark = marks.seen[item.key] ?? marks.since;
  return mark === null || later(at, mark);
}

/** The newest support-team activity in a list, or null if there is none. */
export function newestAgentActivity(items: RequestSummary[]): string | null {
  return items.reduce<string | null>((max, item) => {
    const at = item.lastAgentActivityAt;
    return at && (!max || later(at, max)) ? at : max;
  }, null);
}

/**
 * Unread support-team replies to the user's own requests. The list is fetched with If-None-Match, so a check
 * that finds nothing new costs a 304. The count goes to the launcher badge and to the host as the `unread` event.
 */
export function createUnread(app: AppState) {
  const { client, session, storage, host } = app;
  const items = signal<RequestSummary[]>([]);
  const marks = signal<SeenMarks | null>(null);
  /** The request the user is looking at: a reply that arrives there is being read, not waiting. */
  const viewing = signal<string | null>(null);
  const count = computed(() => items.value.filter((item) => item.key !== viewing.value && isUnread(item, marks.value)).length);
  const storageKey = (): string => `${app.userScope()}:unread`;
  let etag: string | null = null;
  let generation = 0;
  /** When the last check was attempted, successful or not: the next one is an interval later. */
  let checkedAt = Date.now();

  const save = (next: SeenMarks): void => {
    const entries = Object.entries(next.seen);
    if (entries.length > MAX_MARKS) {
      entries.sort(([, a], [, b]) => Date.parse(b) - Date.parse(a));
      next = { ...next, seen: Object.fromEntries(entries.slice(0, MAX_MARKS)) };
    }
    marks.value = next;
    // Not saved (private mode, quota): the marks still hold for this page session.
    storage.set(storageKey(), next);
  };

  const ready = (): boolean => session.identified.peek() && session.known.peek();

  const check = async (): Promise<void> => {
    checkedAt = Date.now();
    if (!ready()) return;
    const mine = generation;
    try {
      const result = await client.listRequests({ ownership: 'mine', status: 'all', sort: 'updated', limit: 100 }, etag);
      if (mine !== generation) return;
      if (result.notModified) return;
      etag = result.etag;
      items.value = result.data.items;
      const current = marks.peek();
      if (current && current.since === undefined) save({ ...current, since: newestAgentActivity(result.data.items) });
    } catch {
      // A missed check is simply made again at the next interval.
    }
  };

  // Another user (or none): forget the previous one's list and read this one's marks.
  effect(() => {
    void session.userId.value;
    const active = session.identified.value && session.known.value;
    generation++;
    etag = null;
    items.value = [];
    marks.value = active ? (storage.get<SeenMarks>(storageKey()) ?? { seen: {} }) : null;
    // The client reads session signals; this effect must not start following them.
    if (active) untracked(() => void check());
  });

  let reported = 0;
  effect(() => {
    const value = count.value;
    host.report({ unread: { count: value, label: app.t.value('launcher.unread', { count: value }) } });
    if (value === reported) return;
    reported = value;
    host.emit('unread', { count: value });
  });

  return {
    /** The user's own requests as of the last check, newest update first. */
    items,
    count,
    viewing,
    check,
    isUnread: (item: RequestSummary): boolean => item.createdBy.id === session.userId.value && isUnread(item, marks.value),
    /**
     * Support-team activity after this time is new to the user: null means all of it, undefined none (nothing is
     * known yet about what was seen before).
     */
    seenUntil(key: string): string | null | undefined {
      const current = marks.peek();
      return current?.since === undefined ? undefined : (current.seen[key] ?? current.since);
    },
    /** The user has seen the request with support-team activity up to `at`. */
    markRead(key: string, at: string | null): void {
      const current = marks.peek();
      if (!at || !current || current.seen[key] === at) return;
      save({ ...current, seen: { ...current.seen, [key]: at } });
    },
    /** Checks every `pollInterval` ms while the page is visible, and at once when it becomes visible again. */
    start(): () => void {
      const interval = app.config.pollInterval;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = (): void => {
        clearTimeout(timer);
        if (interval <= 0 || document.visibilityState !== 'visible') return;
        timer = setTimeout(() => void check().then(schedule), Math.max(0, checkedAt + interval - Date.now()));
      };
      document.addEventListener('visibilitychange', schedule);
      schedule();
      return () => {
        clearTimeout(timer);
        document.removeEventListener('visibilitychange', schedule);
      };
    },
  };
}

export type Unread = ReturnType<typeof createUnread>;

const trackers = new WeakMap<AppState, Unread>();

/** The panel's one unread tracker, shared by the background poll and the views. */
export function unreadOf(app: AppState): Unread {
  let tracker = trackers.get(app);
  if (!tracker) {
    tracker = createUnread(app);
    trackers.set(app, tracker);
  }
  return tracker;
}
