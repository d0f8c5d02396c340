import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseMail } from './eml.js';
import { sendJson } from './http.js';

/** One mail as the outbox page gets it; every string is untrusted and rendered as text or sandboxed. */
export interface OutboxMail {
  file: string;
  date: string | null;
  from: string;
  to: string;
  subject: string;
  kind: string | null;
  requestKey: string | null;
  text: string | null;
  html: string | null;
}

const SHOWN = 100;

async function readMail(dir: string, file: string): Promise<OutboxMail> {
  const mail = parseMail(await readFile(join(dir, file), 'utf8'));
  const header = (name: string): string | null => mail.headers.get(name) ?? null;
  return {
    file,
    date: header('date'),
    from: header('from') ?? '',
    to: header('to') ?? '',
    subject: header('subject') ?? '',
    kind: header('x-medsupport-kind'),
    requestKey: header('x-medsupport-request'),
    text: mail.text,
    html: mail.html,
  };
}

/** Lists the portal's .eml files, newest first; the transport names them so that they sort by creation time. */
export function createOutboxHandler(dir: string) {
  // Mails are written once and never change: parse each file only once.
  const cache = new Map<string, Promise<OutboxMail>>();
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const files = await readdir(dir).catch(() => [] as string[]);
    const mailFiles = files.filter((f) => f.endsWith('.eml'));
    const newest = mailFiles.sort().reverse().slice(0, SHOWN);
    const mails = await Promise.all(
      newest.map((file) => {
        let mail = cache.get(file);
        if (!mail) {
          mail = readMail(dir, file);
          cache.set(file, mail);
        }
        return mail;
      }),
    );
    sendJson(res, 200, { total: mailFiles.length, mails });
  };
}
