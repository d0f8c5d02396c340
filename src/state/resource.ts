import { signal } from '@preact/signals';
import { PortalError } from '../api/errors';

/** One async value with its loading and error state, reloadable (e.g. by a Retry button). */
export function createResource<T>(load: () => Promise<T>) {
  const data = signal<T | null>(null);
  const error = signal<PortalError | null>(null);
  const loading = signal(false);
  let run = 0;
  const reload = async (): Promise<void> => {
    const mine = ++run;
    loading.value = true;
    error.value = null;
    try {
      const value = await load();
      if (mine === run) data.value = value;
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
    reset() {
      run++;
      data.value = null;
      error.value = null;
      loading.value = false;
    },
  };
}

export type Resource<T> = ReturnType<typeof createResource<T>>;
