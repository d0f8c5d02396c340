import type { SafeStorage } from './storage';

export interface Draft {
  fields: Record<string, string>;
  /** One key per draft, so a retry after a lost response can never create a second request. */
  idempotencyKey: string;
  /** Whether the technical context goes with a bug report. */
  includeContext: boolean;
  savedAt: number;
}

export type DraftKind = 'new' | 'reply';

const SAVE_DELAY = 300;

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
 * once when the page is hidden. A failed save keeps the draft in memory, so the text is never lost.
 */
export function createDraftStore(storage: SafeStorage, scope: () => string) {
  const memory = new Map<string, Draft>();
  const pending = new Map<string, Draft>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const keyOf = (kind: DraftKind, id: string): string => `${scope()}:draft:${kind}:${id}`;

  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const [key, draft] of pending) storage.set(key, draft);
    pending.clear();
  };

  return {
    load(kind: DraftKind, id: string): Draft | null {
      const key = keyOf(kind, id);
      return memory.get(key) ?? storage.get<Draft>(key);
    },
    save(kind: DraftKind, id: string, draft: Draft): void {
      const key = keyOf(kind, id);
      memory.set(key, draft);
      pending.set(key, draft);
      if (!timer) timer = setTimeout(flush, SAVE_DELAY);
    },
    remove(kind: DraftKind, id: string): void {
      const key = keyOf(kind, id);
      memory.delete(key);
      pending.delete(key);
      storage.remove(key);
    },
    flush,
    /** Forgets every draft of the current user (logout). */
    clearScope(prefix: string): void {
      for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
      for (const key of [...pending.keys()]) if (key.startsWith(prefix)) pending.delete(key);
      storage.removePrefix(prefix);
    },
  };
}
