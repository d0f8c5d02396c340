import { computed, effect, signal, untracked } from '@preact/signals';
import type { ReadMarks, RequestSummary } from '../api/contract';
import type { AppState } from './app';

/** What the user has seen, per request key: the time of the newest support-team activity they opened. */
export interface SeenMarks {
  /**
   * Support-team activity up to this time counts as seen: the portal's `since` (the user's first check on any
   * device), so years of old replies do not show up as "new". Absent until the portal has answered.
   */
  since?: string;
  seen: Record<string, string>;
}

const later = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

/**
 * The portal's marks with the ones made on this page, whose answer may have left the portal before it stored them: a
 * mark only moves forward, so the later of the two holds. Pure, so it is tested on its own.
 */
export function mergeMarks(portal: ReadMarks, local: Record<string, string>): SeenMarks {
  const seen = { ...portal.marks };
  for (const [key, at] of Object.entries(local)) if (!seen[key] || later(at, seen[key])) seen[key] = at;
  return { since: portal.since, seen };
}

/** Whether the request has support-team activity newer than what the user saw. Pure, so it is tested on its own. */
export function isUnread(item: RequestSummary, marks: SeenMarks | null): boolean {
  const at = item.lastAgentActivityAt;
  if (!at || !marks || marks.since === undefined) return false;
  const mark = marks.seen[item.key] ?? marks.since;
  return later(at, mark);
}

/**
 * Unread support-team replies to the user's own requests. What the user has read comes from the portal, so every
 * device counts the same; opening a request here marks it read there (`PUT /requests/:key/read`). The list and the
 * marks are fetched with If-None-Match, so a check that finds nothing new costs two 304s.
 */
export function createUnread(app: AppState) {
  const { client, session, host } = app;
  const items = signal<RequestSummary[]>([]);
  const marks = signal<SeenMarks | null>(null);
  /** The request the user is looking at: a reply that arrives there is being read, not waiting. */
  const viewing = signal<string | null>(null);
  const count = computed(() => items.value.filter((item) => item.key !== viewing.value && isUnread(item, marks.value)).length);
  /** Whether the portal has said what the user has seen: until then nothing is new, and nothing is marked read. */
  const known = computed(() => marks.value?.since !== undefined);
  let etag: string | null = null;
  let readsEtag: string | null = null;
  /** Marks made on this page: merged into every answer, which may have left before the portal stored them. */
  let local: Record<string, string> = {};
  /** Those the portal has not confirmed: sent again at the next check. */
  let pending: Record<string, string> = {};
  let generation = 0;
  /** Whether a check for this user has answered: what the first one finds was there before, and is not news. */
  let heard = false;
  /** When the last check was attempted, successful or not: the next one is an interval later. */
  let checkedAt = Date.now();

  const ready = (): boolean => session.identified.peek() && session.known.peek();

  const send = async (key: string, at: string): Promise<void> => {
    const mine = generation;
    try {
      await client.markRead(key, at);
      if (mine === generation && pending[key] === at) {
        const { [key]: _sent, ...rest } = pending;
        pending = rest;
      }
    } catch {
      // Kept in `pending`: the next check sends it again.
    }
  };

  const check = async (): Promise<void> => {
    checkedAt = Date.now();
    if (!ready()) return;
    const mine = generation;
    await Promise.all(Object.entries(pending).map(([key, at]) => send(key, at)));
    try {
      // The marks are taken as soon as they come, as a request page opened meanwhile waits for them to show what is
      // new and to mark it read; the list may take far longer (on JSM ~800 ms against ~90 ms for the request). The
      // list is taken only with its marks, so a reply read on another device does not count for a moment.
      const reading = client.reads(readsEtag).then((reads) => {
        if (mine !== generation || reads.notModified) return;
        readsEtag = reads.etag;
        marks.value = mergeMarks(reads.data, local);
      });
      const [list] = await Promise.all([client.listRequests({ ownership: 'mine', status: 'all', sort: 'updated', limit: 100 }, etag), reading]);
      if (mine !== generation) return;
      if (!list.notModified) {
        etag = list.etag;
        items.value = list.data.items;
      }
      heard = true;
    } catch {
      // A missed check is simply made again at the next interval.
    }
  };

  // Another user (or none): forget the previous one's list and marks, and ask the portal for this one's.
  effect(() => {
    void session.userId.value;
    const active = session.identified.value && session.known.value;
    generation++;
    heard = false;
    etag = null;
    readsEtag = null;
    local = {};
    pending = {};
    items.value = [];
    marks.value = active ? { seen: {} } : null;
    // The client reads session signals; this effect must not start following them.
    if (active) untracked(() => void check());
  });

  let reported = 0;
  effect(() => {
    const value = count.value;
    app.unreadCount.value = value;
    host.report({ unread: { count: value, label: app.t.value('launcher.unread', { count: value }) } });
    if (value === reported) return;
    // The badge is no text a screen reader reads: a reply that arrives while the panel is closed is said as it comes.
    if (value > reported && heard && !app.isOpen.peek()) {
      const t = app.t.peek();
      app.closedNews.value = `${t('unread.label')}: ${t('launcher.unread', { count: value })}`;
    }
    reported = value;
    host.emit('unread', { count: value });
  });

  return {
    /** The user's own requests as of the last check, newest update first. */
    items,
    count,
    known,
    viewing,
    check,
    isUnread: (item: RequestSummary): boolean => item.createdBy.id === session.userId.value && isUnread(item, marks.value),
    /**
     * Support-team activity after this time is new to the user; undefined: none (the portal has not said yet what
     * was seen before).
     */
    seenUntil(key: string): string | undefined {
      const current = marks.peek();
      return current?.since === undefined ? undefined : (current.seen[key] ?? current.since);
    },
    /**
     * The user has seen the request with support-team activity up to `at`: here at once, on the portal for every
     * device. Ignored until the marks are `known`: what was new could not have been shown as new yet.
     */
    markRead(key: string, at: string | null): void {
      const current = marks.peek();
      if (!at || current?.since === undefined || current.seen[key] === at) return;
      marks.value = { ...current, seen: { ...current.seen, [key]: at } };
      local = { ...local, [key]: at };
      pending = { ...pending, [key]: at };
      void send(key, at);
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
