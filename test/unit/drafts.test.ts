import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore, DRAFT_TTL_MS, type Draft } from '../../src/state/drafts';
import { createSafeStorage } from '../../src/state/storage';

/** A Storage in memory, as localStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

const draft = (text: string): Draft => ({ fields: { summary: text }, idempotencyKey: 'k', includeContext: true, savedAt: Date.now() });

describe('drafts', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps a draft for a week after its last change and drops it after that, from the browser too', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T08:00:00Z') });
    const local = memoryStorage();
    const drafts = createDraftStore(createSafeStorage(() => local), () => 'portal:u1');
    drafts.save('new', 'bug', draft('Patient Müller: Rechnung falsch'));
    drafts.flush();
    vi.setSystemTime(Date.now() + DRAFT_TTL_MS - 60_000);
    const later = createDraftStore(createSafeStorage(() => local), () => 'portal:u1');
    expect(later.load('new', 'bug')?.fields['summary']).toBe('Patient Müller: Rechnung falsch');
    expect(later.pendingIds('new')).toEqual(['bug']);
    vi.setSystemTime(Date.now() + 2 * 60_000);
    expect(later.pendingIds('new')).toEqual([]);
    expect(later.load('new', 'bug')).toBeNull();
    expect(local.length).toBe(0);
  });

  it("drops every user's drafts past the week when the store is made, replies too, not only the ones read", () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T08:00:00Z') });
    const local = memoryStorage();
    const colleague = createDraftStore(createSafeStorage(() => local), () => 'p:user:u2');
    colleague.save('reply', 'MED-7', draft('Rückruf bei Frau Meier'));
    colleague.flush();
    vi.setSystemTime(Date.now() + DRAFT_TTL_MS + 60_000);
    createDraftStore(createSafeStorage(() => local), () => 'p:user:u1', 'p:user:');
    expect(local.length).toBe(0);
  });
});
