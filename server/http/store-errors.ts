import { AttachmentUnavailableError, InvalidCursorError } from '../store/portal-store.js';
import { problems } from './problem.js';

/** Maps the store's domain errors to 422s naming the offending field; anything else propagates. */
export async function translateStoreErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof AttachmentUnavailableError) {
      throw problems.validation([{ field: `attachments[${error.index}]`, message: 'is unknown, expired, not yours or already used' }]);
    }
    if (error instanceof InvalidCursorError) throw problems.validation([{ field: 'cursor', message: error.message }]);
    throw error;
  }
}
