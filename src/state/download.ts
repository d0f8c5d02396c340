import type { AttachmentRef } from '../api/contract';
import { kindForStatus, PortalError } from '../api/errors';
import type { AppState } from './app';

/**
 * Attachments need the same Authorization header as every other call, which a plain link cannot send: the file is
 * fetched here and handed to the browser as a download (never opened in the page, whatever its type).
 */
export async function downloadAttachment(app: AppState, file: AttachmentRef): Promise<void> {
  const token = await app.session.token(false);
  let response: Response;
  try {
    response = await fetch(`${app.config.portalUrl}${file.url}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw new PortalError('network', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) throw new PortalError(kindForStatus(response.status), `HTTP ${response.status}`, response.status);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The browser has taken the blob over once the download started.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
