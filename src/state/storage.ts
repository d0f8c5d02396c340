/**
 * localStorage behind a guard: private mode, a full quota or a blocked storage must never break a form,
 * so every failure is reported as "not saved" and the caller carries on with what it has in memory.
 */
export interface SafeStorage {
  get<T>(key: string): T | null;
  /** Returns false when the value could not be stored. */
  set(key: string, value: unknown): boolean;
  remove(key: string): void;
  /** Removes every key that starts with the prefix. */
  removePrefix(prefix: string): void;
  /** The keys that start with the prefix. */
  keys(prefix: string): string[];
}

const keysOf = (s: Storage, prefix: string): string[] =>
  Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => !!k?.startsWith(prefix));

export function createSafeStorage(getStore: () => Storage | null = () => window.localStorage): SafeStorage {
  const store = (): Storage | null => {
    try {
      return getStore();
    } catch {
      return null;
    }
  };
  return {
    get<T>(key: string): T | null {
      try {
        const raw = store()?.getItem(key);
        return raw ? (JSON.parse(raw) as T) : null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        const s = store();
        if (!s) return false;
        s.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        store()?.removeItem(key);
      } catch {
        // Nothing to do: a storage we cannot write to holds nothing of ours.
      }
    },
    removePrefix(prefix) {
      try {
        const s = store();
        if (!s) return;
        for (const key of keysOf(s, prefix)) s.removeItem(key);
      } catch {
        // As above.
      }
    },
    keys(prefix) {
      try {
        const s = store();
        if (!s) return [];
        return keysOf(s, prefix);
      } catch {
        return [];
      }
    },
  };
}
