import type { AttachmentRef } from '../api/contract';
import type { AppState } from './app';

/**
 * Attachments need the same Authorization header as every other call, which a plain link cannot send: the file is
 * fetched here and handed to the browser as a download (never opened in the page, whatever its type).
 */
export async function downloadAttachment(app: AppState, file: AttachmentRef): Promise<void> {
  const url = URL.createObjectURL(await app.client.download(file.url));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The browser has taken the blob over once the download started.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
