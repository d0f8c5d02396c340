import { BackendPermissionError, BackendRejectedError, BackendUnavailableError, OutcomeUnknownError } from '../store/backend-errors.js';
import { AttachmentUnavailableError, InvalidCursorError, RequestClosedError } from '../store/portal-store.js';
import { problems, type ProblemError } from './problem.js';

/** A remote backend's failure as the widget should see it: try again later, never a 500. */
export function backendProblem(error: unknown): ProblemError | null {
  if (error instanceof OutcomeUnknownError) return problems.backendUnavailable(error.retryAfterSeconds);
  if (error instanceof BackendPermissionError) return problems.backendPermission(error.permission);
  if (error instanceof BackendUnavailableError && error.refused) return problems.backendPermission(error.reason);
  if (error instanceof BackendUnavailableError) return problems.backendUnavailable(error.retryAfterSeconds);
  if (error instanceof BackendRejectedError) {
    const named = error.fields.length > 0 ? error.fields : ['fields'];
    return problems.validation(named.map((field) => ({ field, message: error.detail })));
  }
  return null;
}

/** Maps the store's domain errors to problems (422s name the offending field); anything else propagates. */
export async function translateStoreErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof AttachmentUnavailableError) {
      throw problems.validation([{ field: `attachments[${error.index}]`, message: 'is unknown, expired, not yours or already used' }]);
    }
    if (error instanceof RequestClosedError) {
      throw problems.conflict('request-closed', `${error.key} is closed and takes no more replies; send a new request that refers to it.`);
    }
    if (error instanceof InvalidCursorError) throw problems.validation([{ field: 'cursor', message: error.message }]);
    throw error;
  }
}
