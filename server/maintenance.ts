import type { AttachmentStore, IdempotencyStore } from './store/portal-store.js';
import type { AttachmentFiles } from './attachments/files.js';

const DAY = 24 * 60 * 60 * 1000;

/** Removes uploads never attached to a request and idempotency records, both after 24 h. */
export async function sweepExpired(
  attachments: AttachmentStore,
  idempotency: IdempotencyStore,
  files: AttachmentFiles,
  now = Date.now(),
): Promise<{ attachments: number; idempotencyKeys: number }> {
  const expired = await attachments.listUnlinkedBefore(now - DAY);
  for (const attachment of expired) {
    await files.remove(attachment.id);
    await attachments.delete(attachment.id);
  }
  return { attachments: expired.length, idempotencyKeys: await idempotency.purgeOlderThan(now - DAY) };
}
