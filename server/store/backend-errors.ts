/** Failures of a remote backend (the JSM gateway) that the HTTP layer turns into 503/409 problems. */

/**
 * JSM did not answer usefully (down, slow, 5xx, 429 beyond the retry budget, garbage): try again later. `refused`:
 * it answered 403 to a call no caller expected refused, so the service account lacks a permission there.
 */
export class BackendUnavailableError extends Error {
  constructor(
    readonly reason: string,
    readonly retryAfterSeconds = 5,
    readonly refused = false,
  ) {
    super(`the backend is not available: ${reason}`);
  }
}

/** JSM refused the service account a permission the gateway needs; no retry will help until an admin acts. */
export class BackendPermissionError extends Error {
  constructor(readonly permission: string) {
    super(`the backend refused the service account: ${permission}`);
  }
}

/** A create was sent and its answer lost: JSM may or may not have the request yet. */
export class OutcomeUnknownError extends Error {
  constructor(readonly retryAfterSeconds = 2) {
    super('The request was sent to the backend, but its answer was lost; its outcome is being checked.');
  }
}

/**
 * The backend refused what the caller sent (e.g. a field value it does not accept); nothing was created. `fields`
 * are the portal's paths of the values it named (`fields.customfield_10105`, `body`), if it named any.
 */
export class BackendRejectedError extends Error {
  constructor(
    readonly detail: string,
    readonly fields: string[] = [],
  ) {
    super(`the backend refused the request: ${detail}`);
  }
}
