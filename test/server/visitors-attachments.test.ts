import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityItem, Me, Problem, RequestDetail, RequestList, UploadedAttachment } from '../../src/api/contract.js';
import { createAttachmentFiles } from '../../server/attachments/files.js';
import { DEMO_AGENT_KEY, DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import { sweepExpired } from '../../server/maintenance.js';
import { bugRequest, call, newKey, outbox, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

let portal: TestPortal;
let anna: string;
let lena: string;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

beforeAll(async () => {
  portal = await startTestPortal({ allowAnonymous: true, rateLimits: { anonymousRequestsPerHour: 5, registrationsPerHour: 3 } });
  [anna, lena] = await Promise.all([tokenFor('anna'), tokenFor('lena')]);
});
afterAll(() => portal.dispose());

function upload(token: string | null, data: Uint8Array<ArrayBuffer>, name: string) {
  const form = new FormData();
  form.append('file', new Blob([data]), name);
  return call<UploadedAttachment>(portal, 'POST', '/attachments', { token, rawBody: form });
}

describe('visitors without a token (PORTAL_ALLOW_ANONYMOUS=1)', () => {
  it('send a request with a pasted PNG; the outbox gets the confirmation and the registration link', async () => {
    const file = await upload(null, PNG, 'image.png');
    expect(file.status).toBe(201);
    const response = await call<RequestDetail>(portal, 'POST', '/requests', {
      idempotencyKey: newKey(),
      body: { ...bugRequest('Ich kann mich nicht anmelden'), email: 'besucher@example.org', name: 'Bea Besucher', attachments: [file.body.id] },
    });
    expect(response.status).toBe(201);
    expect(response.body.key).toMatch(/^MED-\d+$/);
    expect(response.body.activity[0]!.attachments?.[0]).toMatchObject({ name: 'image.png', contentType: 'image/png' });
    const confirmation = (await outbox(portal, 'confirmation')).find((m) => m.name.endsWith(`${response.body.key}.eml`));
    expect(confirmation?.content).toContain('To: besucher@example.org');
    const registration = (await outbox(portal, 'registration')).find((m) => m.content.includes('To: besucher@example.org'));
    expect(registration?.content.replace(/=\r?\n/g, '')).toContain('medsupport=3Dregister/');
  });

  it('get the support team\'s replies by mail', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', {
      idempotencyKey: newKey(), body: { ...bugRequest('Bitte per Mail antworten'), email: 'antwort@example.org', name: 'Anton' },
    });
    await call(portal, 'POST', `/agent/requests/${created.body.key}/comments`, { token: DEMO_AGENT_KEY, body: { body: 'Versuchen Sie es bitte erneut.' } });
    const reply = (await outbox(portal, 'reply')).find((m) => m.name.endsWith(`${created.body.key}.eml`));
    expect(reply?.content).toContain('To: antwort@example.org');
  });

  it('need an e-mail address and a name', async () => {
    const response = await call<Problem>(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('x'), email: 'kein-mail' } });
    expect(response.status).toBe(422);
    expect(response.body.errors?.map((e) => e.field).sort()).toEqual(['email', 'name']);
  });

  it('can never list requests', async () => {
    expect((await call(portal, 'GET', '/requests')).status).toBe(401);
    expect((await call(portal, 'GET', '/requests?ownership=organization')).status).toBe(401);
    expect((await call(portal, 'GET', '/requests/MED-1')).status).toBe(401);
  });

  it('are rate-limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await call(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest(`Flut ${i}`), email: 'flut@example.org', name: 'Flut' } });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toContain(429);
    // Identified users are not affected by the visitor limit.
    expect((await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Ich darf') })).status).toBe(201);
  });

  it("get the registration link with their request only within the registrations' limit per address: anyone may type any address", async () => {
    const own = await startTestPortal({ allowAnonymous: true, rateLimits: { registrationsPerHour: 2 } });
    try {
      for (let i = 0; i < 2; i++) expect((await call(own, 'POST', '/registrations', { body: { email: 'cap@example.org' } })).status).toBe(202);
      const created = await call(own, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('Noch eine'), email: 'Cap@example.org', name: 'Cap' } });
      expect(created.status).toBe(201);
      const to = (kind: string) => outbox(own, kind).then((mails) => mails.filter((m) => /^To: cap@example\.org/im.test(m.content)));
      expect(await to('registration')).toHaveLength(2);
      expect(await to('confirmation')).toHaveLength(1);
    } finally {
      await own.dispose();
    }
  });

  it('see their requests once the host app identifies them with the same address', async () => {
    const token = await signToken(DEMO_JWT_SECRET, { sub: 'u-bea', email: 'Besucher@example.org', name: 'Bea Besucher', org: 'org-bea', org_name: 'Praxis Bea' });
    const list = await call<RequestList>(portal, 'GET', '/requests?status=all', { token });
    expect(list.body.items.map((i) => i.summary)).toEqual(['Ich kann mich nicht anmelden']);
    expect((await call<Me>(portal, 'GET', '/me', { token })).body.id).toBe('u-bea');
    // Hers now, but she can tell it from what she sends signed in: anyone could have typed her address.
    const adopted = await call<RequestDetail>(portal, 'GET', `/requests/${list.body.items[0]!.key}`, { token });
    expect(adopted.body.sentWithoutSignIn).toBe(true);
    const own = await call<RequestDetail>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest('Angemeldet gesendet') });
    expect(own.body.sentWithoutSignIn).toBeUndefined();
    expect((await call<RequestDetail>(portal, 'GET', `/requests/${own.body.key}`, { token })).body.sentWithoutSignIn).toBeUndefined();
  });
});

describe('POST /registrations', () => {
  it('always answers 202 and mails a registration link; never says whether the address is known', async () => {
    const known = await call(portal, 'POST', '/registrations', { body: { email: 'anna.berger@praxis-berger.example' } });
    const unknown = await call(portal, 'POST', '/registrations', { body: { email: 'niemand@example.org', name: 'Niemand' } });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.text).toBe(unknown.text);
    const mails = await outbox(portal, 'registration');
    expect(mails.some((m) => m.content.includes('To: niemand@example.org'))).toBe(true);
  });

  it('422 for something that is not an address', async () => {
    const response = await call<Problem>(portal, 'POST', '/registrations', { body: { email: 'nope' } });
    expect(response.status).toBe(422);
  });

  it('is rate-limited per IP', async () => {
    const response = await call(portal, 'POST', '/registrations', { body: { email: 'viel@example.org' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('attachments', () => {
  it('checks the type by content: an .exe renamed to .png is refused', async () => {
    const response = await upload(anna, EXE, 'screenshot.png');
    expect(response.status).toBe(415);
    expect((response.body as unknown as Problem).type).toContain('unsupported-media-type');
  });

  it('accepts PDFs and text/log files, refuses binary text files and empty files', async () => {
    expect((await upload(anna, new TextEncoder().encode('%PDF-1.7\n...'), 'rechnung.pdf')).body.contentType).toBe('application/pdf');
    expect((await upload(anna, new TextEncoder().encode('2024-01-01 ERROR Speichern fehlgeschlagen\n'), 'app.log')).body.contentType).toMatch(/^text\/plain/);
    expect((await upload(anna, new Uint8Array([0x41, 0, 0x42]), 'binary.txt')).status).toBe(415);
    expect((await upload(anna, new Uint8Array(), 'leer.png')).status).toBe(415);
  });

  it('refuses files over 10 MB with 413', async () => {
    const big = new Uint8Array(12 * 1024 * 1024);
    big.set(PNG);
    const response = await upload(anna, big, 'gross.png');
    expect(response.status).toBe(413);
  });

  it('are served only to users who may see the request, as a download with nosniff', async () => {
    const file = await upload(anna, PNG, 'fehler "1".png');
    const created = await call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Mit Bild'), attachments: [file.body.id] },
    });
    const ref = created.body.activity[0]!.attachments![0]!;
    expect(ref.url).toBe(`/attachments/${file.body.id}`);
    const download = await call(portal, 'GET', ref.url, { token: await tokenFor('markus') });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="fehler 1.png"; filename\*=UTF-8''fehler%201.png$/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await call(portal, 'GET', ref.url, { token: lena })).status).toBe(404);
    expect((await call(portal, 'GET', ref.url)).status).toBe(401);
  });

  it('a temporary upload can be attached only by its uploader, and only once', async () => {
    const file = await upload(anna, PNG, 'a.png');
    const stolen = await call<Problem>(portal, 'POST', '/requests', { token: lena, idempotencyKey: newKey(), body: { ...bugRequest('x'), attachments: [file.body.id] } });
    expect(stolen.status).toBe(422);
    expect(stolen.body.errors?.[0]?.field).toBe('attachments[0]');
    expect((await call(portal, 'GET', `/attachments/${file.body.id}`, { token: lena })).status).toBe(404);
    expect((await call(portal, 'GET', `/attachments/${file.body.id}`, { token: anna })).status).toBe(200);
    // MED-1 of the seed is closed and takes no comments; a fresh request does.
    const { key } = (await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Mit Anhang') })).body;
    const comment = await call<ActivityItem>(portal, 'POST', `/requests/${key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Screenshot anbei', attachments: [file.body.id] } });
    expect(comment.status).toBe(201);
    expect(comment.body.attachments?.map((a) => a.id)).toEqual([file.body.id]);
    const twice = await call(portal, 'POST', `/requests/${key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Nochmal', attachments: [file.body.id] } });
    expect(twice.status).toBe(422);
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${key}`, { token: anna });
    expect(detail.body.activity.filter((a) => a.body === 'Nochmal')).toEqual([]);
  });

  it('unused uploads are removed after 24 hours, attached ones stay', async () => {
    const unused = await upload(anna, PNG, 'vergessen.png');
    const used = await upload(anna, PNG, 'benutzt.png');
    await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Behalten'), attachments: [used.body.id] } });
    const files = createAttachmentFiles(portal.config.attachmentsDir);
    const swept = await sweepExpired(portal.store.attachments, portal.store.idempotency, files, Date.now() + 25 * 3_600_000);
    expect(swept.attachments).toBeGreaterThanOrEqual(1);
    await expect(fs.stat(path.join(portal.config.attachmentsDir, unused.body.id))).rejects.toThrow();
    await expect(fs.stat(path.join(portal.config.attachmentsDir, used.body.id))).resolves.toBeTruthy();
    expect((await call(portal, 'GET', `/attachments/${unused.body.id}`, { token: anna })).status).toBe(404);
  });

  it('a file missing on disk is a 404, not a 500', async () => {
    const file = await upload(anna, PNG, 'weg.png');
    await fs.rm(path.join(portal.config.attachmentsDir, file.body.id));
    expect((await call(portal, 'GET', `/attachments/${file.body.id}`, { token: anna })).status).toBe(404);
  });
});
