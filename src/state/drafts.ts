import { signal } from '@preact/signals';
import type { SafeStorage } from './storage';

/** A file already uploaded for the draft: the portal keeps it for a while under this id. */
export interface DraftAttachment {
  id: string;
  name: string;
  size: number;
}

export interface Draft {
  fields: Record<string, string>;
  /** One key per draft, so a retry after a lost response can never create a second request. */
  idempotencyKey: string;
  /** Whether the technical context goes with a bug report. */
  includeContext: boolean;
  savedAt: number;
  attachments?: DraftAttachment[];
}

export type DraftKind = 'new' | 'reply';

const SAVE_DELAY = 300;
/** Drafts untouched this long are dropped: their text may name patients, on a PC the whole practice shares. */
export const DRAFT_TTL_MS = 7 * 24 * 60 * 60_000;

export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

export function isEmptyDraft(draft: Draft | null): boolean {
  return !draft || Object.values(draft.fields).every((v) => !v.trim());
}

/**
 * Drafts per portal, user and request type (or request, for replies), saved a moment after each change and at
 * once when the page is hidden. A failed save keeps the draft in memory, so the text is never lost. `everyone` is the
 * prefix of all users' scopes: their drafts past `DRAFT_TTL_MS` go when the store is made, not only when read.
 */
export function createDraftStore(storage: SafeStorage, scope: () => string, everyone?: string) {
  const memory = new Map<string, Draft>();
  const pending = new Map<string, Draft>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const keyOf = (kind: DraftKind, id: string): string => `${scope()}:draft:${kind}:${id}`;
  /** Bumped on every change, so views that list drafts (home's "Entwurf fortsetzen") follow them. */
  const version = signal(0);

  /** The draft under `key`, unless it has outlived `DRAFT_TTL_MS` (then it is removed). */
  const read = (key: string): Draft | null => {
    const draft = memory.get(key) ?? storage.get<Draft>(key);
    if (!draft || !(draft.savedAt > 0 && Date.now() - draft.savedAt > DRAFT_TTL_MS)) return draft;
    memory.delete(key);
    storage.remove(key);
    return null;
  };

  if (everyone !== undefined) for (const key of storage.keys(everyone)) if (key.includes(':draft:')) read(key);

  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const [key, draft] of pending) storage.set(key, draft);
    pending.clear();
  };

  return {
    load(kind: DraftKind, id: string): Draft | null {
      return read(keyOf(kind, id));
    },
    save(kind: DraftKind, id: string, draft: Draft): void {
      const key = keyOf(kind, id);
      memory.set(key, draft);
      pending.set(key, draft);
      if (!timer) timer = setTimeout(flush, SAVE_DELAY);
      version.value++;
    },
    /** The ids (request type keys, or request keys) of the current user's drafts of that kind with text in them. */
    pendingIds(kind: DraftKind): string[] {
      void version.value;
      const prefix = `${scope()}:draft:${kind}:`;
      const keys = new Set([...storage.keys(prefix), ...[...memory.keys()].filter((k) => k.startsWith(prefix))]);
      return [...keys].filter((key) => !isEmptyDraft(read(key))).map((key) => key.slice(prefix.length));
    },
    remove(kind: DraftKind, id: string): void {
      const key = keyOf(kind, id);
      memory.delete(key);
      pending.delete(key);
      storage.remove(key);
      version.value++;
    },
    flush,
    /**
     * Moves the new-request drafts of the scope `from` (a visitor's) saved since `since` to the current user's, where
     * they have none of that category: a visitor the host identifies while writing keeps the text. Older ones stay.
     */
    adopt(from: string, since: number): void {
      const prefix = `${from}:draft:new:`;
      const keys = new Set([...storage.keys(prefix), ...[...memory.keys()].filter((k) => k.startsWith(prefix))]);
      for (const key of keys) {
        const draft = read(key);
        if (!draft || draft.savedAt < since) continue;
        const id = key.slice(prefix.length);
        if (!isEmptyDraft(draft) && isEmptyDraft(read(keyOf('new', id)))) this.save('new', id, draft);
        memory.delete(key);
        pending.delete(key);
        storage.remove(key);
      }
    },
    /** Forgets every draft of the current user (logout). */
    clearScope(prefix: string): void {
      for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
      for (const key of [...pending.keys()]) if (key.startsWith(prefix)) pending.delete(key);
      storage.removePrefix(prefix);
    },
  };
}
