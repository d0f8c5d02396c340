import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The widget gives up after 15 s, so everything the gateway does for one widget call — identify, read, retry —
 * shares one deadline. The HTTP layer opens it per request (`PortalStore.withinRequest`); calls outside a request
 * (start-up, background work) get a deadline of their own.
 */
const current = new AsyncLocalStorage<number>();

export const REQUEST_BUDGET_MS = 12_000;

export function withinDeadline<T>(budgetMs: number, fn: () => Promise<T>): Promise<T> {
  return current.run(Date.now() + budgetMs, fn);
}

/** Milliseconds left for the current widget call, or the given budget when none is open. */
export function remainingMs(fallbackBudgetMs = REQUEST_BUDGET_MS): number {
  const deadline = current.getStore();
  return deadline === undefined ? fallbackBudgetMs : deadline - Date.now();
}
