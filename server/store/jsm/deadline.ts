import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The widget gives up after 15 s, so everything the gateway does for one widget call — identify, read, retry —
 * shares one deadline. The HTTP layer opens it per request (`PortalStore.withinRequest`); calls outside a request
 * (start-up, background work) get a deadline of their own.
 */
const current = new AsyncLocalStorage<{ at: number; maxWaitMs: number }>();

export const REQUEST_BUDGET_MS = 12_000;

/**
 * Runs `fn` with a deadline `budgetMs` from now. `maxWaitMs` bounds a single wait for JSM's `Retry-After` within it:
 * work a widget call is waiting for (a new user's setup) must not sit out a wait longer than that call has.
 */
export function withinDeadline<T>(budgetMs: number, fn: () => Promise<T>, maxWaitMs = Infinity): Promise<T> {
  return current.run({ at: Date.now() + budgetMs, maxWaitMs }, fn);
}

/** Milliseconds left for the current widget call, or the given budget when none is open. */
export function remainingMs(fallbackBudgetMs = REQUEST_BUDGET_MS): number {
  const deadline = current.getStore();
  return deadline === undefined ? fallbackBudgetMs : deadline.at - Date.now();
}

/** How long a wait for JSM's `Retry-After` may be now: what is left, and no more than the work allows one wait. */
export function waitableMs(): number {
  return Math.min(remainingMs(), current.getStore()?.maxWaitMs ?? Infinity);
}
