import { computed, signal } from '@preact/signals';
import type { PortalClient } from '../api/client';
import { LIMITS } from '../api/contract';
import { PortalError } from '../api/errors';
import type { DraftAttachment } from './drafts';

export interface Upload {
  localId: number;
  name: string;
  size: number;
  /** An object URL for images, to show a preview. */
  preview: string | null;
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  /** The portal's temporary id, once uploaded. */
  id?: string;
  /** The name the portal keeps it under (its type's extension added where the name promised another). */
  storedName?: string;
  error?: PortalError;
}

export type RefusalReason = 'size' | 'type' | 'count';
export interface Refusal {
  name: string;
  reason: RefusalReason;
}

const TEXT_NAME = /\.(txt|log|csv|json|xml|md)$/i;
// The images the portal takes (it reads their first bytes): an iPhone's HEIC photo or an SVG is refused here, not after its upload.
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp'];
/** For the file chooser: what `refusalFor` lets through. */
export const ACCEPTED_FILES = [...IMAGE_TYPES, 'application/pdf', 'text/plain', '.txt', '.log', '.csv', '.json', '.xml', '.md'].join(',');

/** The widget's own check before uploading; the portal checks the content again (magic bytes). */
export function refusalFor(file: { name: string; size: number; type: string }, already: number): RefusalReason | null {
  if (already >= LIMITS.attachmentMaxCount) return 'count';
  if (file.size > LIMITS.attachmentMaxBytes) return 'size';
  const typeOk = IMAGE_TYPES.includes(file.type) || file.type === 'application/pdf' || file.type === 'text/plain' || TEXT_NAME.test(file.name);
  return typeOk ? null : 'type';
}

let nextId = 0;

/**
 * Files of one form: each uploads as soon as it is added, with progress; sending the form uses their ids. A draft's
 * files uploaded before (another page load) come back as done, without a preview.
 */
export function createUploads(client: PortalClient, kept: DraftAttachment[] = []) {
  const items = signal<Upload[]>(kept.map((file) => ({ ...file, localId: nextId++, preview: null, progress: 1, state: 'done' as const })));
  const refused = signal<Refusal[]>([]);
  const patch = (localId: number, change: Partial<Upload>): void => {
    items.value = items.value.map((u) => (u.localId === localId ? { ...u, ...change } : u));
  };
  const upload = (file: File, upload: Upload): void => {
    client.upload(file, file.name, (progress) => patch(upload.localId, { progress })).then(
      (done) => patch(upload.localId, { state: 'done', id: done.id, storedName: done.name, progress: 1 }),
      (error: unknown) => patch(upload.localId, { state: 'failed', error: error instanceof PortalError ? error : new PortalError('network', String(error)) }),
    );
  };
  const revoke = (u: Upload): void => {
    if (u.preview) URL.revokeObjectURL(u.preview);
  };

  return {
    items,
    refused,
    busy: computed(() => items.value.some((u) => u.state === 'uploading')),
    add(files: File[]): void {
      const refusals: Refusal[] = [];
      for (const file of files) {
        const reason = refusalFor(file, items.value.length);
        if (reason) {
          refusals.push({ name: file.name || 'clipboard', reason });
          continue;
        }
        const entry: Upload = {
          localId: nextId++,
          name: file.name || `screenshot-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.png`,
          size: file.size,
          preview: file.type.startsWith('image/') ? URL.createObjectURL(file) : null,
          progress: 0,
          state: 'uploading',
        };
        items.value = [...items.value, entry];
        upload(file.name ? file : new File([file], entry.name, { type: file.type }), entry);
      }
      refused.value = refusals;
    },
    /** Drops the files the portal no longer has (expired), by their portal id; returns their names. */
    dropExpired(ids: string[]): string[] {
      const gone = items.value.filter((u) => u.id && ids.includes(u.id));
      items.value = items.value.filter((u) => !gone.includes(u));
      return gone.map((u) => u.name);
    },
    remove(localId: number): void {
      const gone = items.value.find((u) => u.localId === localId);
      if (gone) revoke(gone);
      items.value = items.value.filter((u) => u.localId !== localId);
    },
    ids: (): string[] => items.value.filter((u) => u.state === 'done' && u.id).map((u) => u.id!),
    /**
     * The files sent that are not among `arrived` (the names of the files a new request shows): a service desk may
     * take the request and refuse its files. Only when fewer arrived than went, so a renamed file is no false alarm.
     */
    missingFrom(arrived: readonly string[]): string[] {
      const sent = items.value.filter((u) => u.state === 'done' && u.id);
      if (arrived.length >= sent.length) return [];
      // Each arrival accounts for one file of its name: two pasted screenshots are both "image.png".
      const left = [...arrived];
      return sent
        .filter((u) => {
          const at = left.indexOf(u.storedName ?? u.name);
          if (at >= 0) left.splice(at, 1);
          return at < 0;
        })
        .map((u) => u.name);
    },
    /** The uploaded files, as the draft keeps them. */
    kept: (): DraftAttachment[] => items.value.filter((u) => u.state === 'done' && u.id).map((u) => ({ id: u.id!, name: u.name, size: u.size })),
    clear(): void {
      items.value.forEach(revoke);
      items.value = [];
      refused.value = [];
    },
  };
}

export type Uploads = ReturnType<typeof createUploads>;
