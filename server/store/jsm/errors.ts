import { BackendUnavailableError } from '../backend-errors.js';

/**
 * JSM answered with a status the caller did not expect; `jsmMessage` holds JSM's own text, never credentials. Where
 * no caller handles it, the widget sees the backend as unavailable.
 */
export class JsmResponseError extends BackendUnavailableError {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly jsmMessage: string,
    /** The fields a Jira error body names. */
    readonly fields: string[] = [],
  ) {
    super(`${method} ${path} answered ${status}`, 30, status === 403);
    this.message = `JSM ${method} ${path} answered ${status}: ${jsmMessage}`;
  }
}
