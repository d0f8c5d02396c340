import fs from 'node:fs/promises';
import path from 'node:path';

/** Upload bytes on disk, named by the attachment id only, so a client-chosen name never reaches the file system. */
export function createAttachmentFiles(dir: string) {
  const fileOf = (id: string) => {
    if (!/^[A-Za-z0-9_-]{10,100}$/.test(id)) throw new Error('invalid attachment id');
    return path.join(dir, id);
  };
  return {
    async write(id: string, data: Uint8Array): Promise<void> {
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(fileOf(id), data, { flag: 'wx' });
    },
    read: (id: string): Promise<Buffer> => fs.readFile(fileOf(id)),
    async remove(id: string): Promise<void> {
      await fs.rm(fileOf(id), { force: true });
    },
  };
}

export type AttachmentFiles = ReturnType<typeof createAttachmentFiles>;
