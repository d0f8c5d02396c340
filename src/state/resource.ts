import { signal } from '@preact/signals';
import { PortalError } from '../api/errors';

/** One async value with its loading and error state, reloadable (e.g. by a Retry button). */
export function createResource<T>(load: () => Promise<T>) {
  const data = signal<T | null>(null);
  const error = signal<PortalError | null>(null);
  const loading = signal(false);
  let run = 0;
  let loadedAt = 0;
  const reload = async (): Promise<void> => {
    const mine = ++run;
    loading.value = true;
    error.value = null;
    try {
      const value = await load();
      if (mine === run) {
        data.value = value;
        loadedAt = Date.now();
      }
    } catch (e) {
      if (mine === run) error.value = e instanceof PortalError ? e : new PortalError('network', String(e));
    } finally {
      if (mine === run) loading.value = false;
    }
  };
  return {
    data,
    error,
    loading,
    reload,
    /** Loads once, unless it already has data or is loading. */
    ensure() {
      if (data.value === null && !loading.value) void reload();
    },
    /**
     * Loads again in the background when what it has is older than `maxAgeMs`: the value shown meanwhile stays, and
     * so does it when the load fails, as a view built on it (a half-filled form) must not turn into an error.
     */
    async revalidate(maxAgeMs: number): Promise<void> {
      if (data.peek() === null || loading.peek() || Date.now() - loadedAt < maxAgeMs) return;
      const mine = ++run;
      try {
        const value = await load();
        if (mine === run) {
          data.value = value;
          loadedAt = Date.now();
        }
      } catch {
        // Kept as it was: the next open, or the form's next refusal, tries again.
      }
    },
    reset() {
      run++;
      data.value = null;
      error.value = null;
      loading.value = false;
    },
  };
}

export type Resource<T> = ReturnType<typeof createResource<T>>;
