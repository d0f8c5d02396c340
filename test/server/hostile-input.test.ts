import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, Problem, RequestDetail, UploadedAttachment } from '../../src/api/contract.js';
import { call, newKey, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

// Found by attacking a running portal: input a client never sends, but an attacker can.

let portal: TestPortal;
let anna: string;

beforeAll(async () => {
  portal = await startTestPortal({ rateLimits: { userWritesPerMinute: 100_000, ipWritesPerMinute: 100_000 } });
  anna = await tokenFor('anna');
});
afterAll(() => portal.dispose());

const json = (raw: string) => ({ token: anna, rawBody: raw, idempotencyKey: newKey(), headers: { 'Content-Type': 'application/json' } });

describe('unpaired surrogates ("\\ud800" in JSON)', () => {
  it('are a 422 naming every field, not a summary 300 U+FFFD long past the 255-character limit', async () => {
    const lone = '\\ud800'.repeat(300);
    const response = await call<Problem>(portal, 'POST', '/requests', json(
      `{"requestTypeId":"rt-bug","fields":{"summary":"${lone}","description":"ok \\udc00"},"context":{"screen":"\\ud83d"}}`,
    ));
    expect(response.status).toBe(422);
    expect(response.body.errors?.map((e) => e.field).sort()).toEqual(['context.screen', 'fields.description', 'fields.summary']);
  });

  it('are refused in a name too, while a real emoji (a whole pair) is one character', async () => {
    const refused = await call<Problem>(portal, 'PATCH', '/me', { ...json(`{"name":"${'\\udbff'.repeat(500)}"}`), idempotencyKey: undefined });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ field: 'name', message: expect.stringContaining('surrogate') }]);
    const emoji = await call<Me>(portal, 'PATCH', '/me', { token: anna, body: { name: `Anna ${'😀'.repeat(95)}` } });
    expect(emoji.status).toBe(200);
    expect(emoji.body.name).toBe(`Anna ${'😀'.repeat(95)}`);
  });
});

describe('U+0000 in a text (pasted from a PDF)', () => {
  it('is left out: the request is sent, the rest of the text as typed', async () => {
    const response = await call<RequestDetail>(portal, 'POST', '/requests', json(
      '{"requestTypeId":"rt-bug","fields":{"summary":"Druck\\u0000fehler","description":"Seite 1\\u0000\\u0000 von 2"}}',
    ));
    expect(response.status).toBe(201);
    expect(response.body.summary).toBe('Druckfehler');
    const read = await call<RequestDetail>(portal, 'GET', `/requests/${response.body.key}`, { token: anna });
    expect(read.body.fields.find((f) => f.id === 'description')?.value).toBe('Seite 1 von 2');
  });
});

describe('bytes that are not UTF-8', () => {
  it('are a 400 malformed-json, not text with U+FFFD in place of what the user typed', async () => {
    // "Grün" in Latin-1: ü is the single byte 0xFC.
    const latin1 = Uint8Array.from([...'{"requestTypeId":"rt-bug","fields":{"summary":"Gr'].map((ch) => ch.charCodeAt(0)).concat([0xfc], [...'n","description":"x"}}'].map((ch) => ch.charCodeAt(0))));
    const response = await call<Problem>(portal, 'POST', '/requests', { ...json(''), rawBody: latin1 });
    expect(response.status).toBe(400);
    expect(response.body.type).toMatch(/malformed-json$/);
  });
});

describe('deeply nested JSON', () => {
  it('is a 422 naming where, never a 500 from a stack overflow', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const create = await call<Problem>(portal, 'POST', '/requests', json(`{"requestTypeId":"rt-bug","fields":{"summary":"s"},"context":{"extra":{"a":${deep}}}}`));
    expect(create.status).toBe(422);
    expect(create.body.errors).toEqual([{ field: 'context.extra', message: 'nests more than 64 levels deep' }]);
    for (const path of ['/requests', '/requests/MED-2/comments', '/articles/drucken/feedback']) {
      expect((await call(portal, 'POST', path, json(deep))).status, path).toBe(422);
    }
    expect(portal.logs.filter((line) => line.startsWith('error:'))).toEqual([]);
  });

  it('within the limit is accepted in context.extra', async () => {
    const nested = `${'{"a":'.repeat(60)}1${'}'.repeat(60)}`;
    const response = await call(portal, 'POST', '/requests', json(`{"requestTypeId":"rt-bug","fields":{"summary":"tief"},"context":{"extra":${nested}}}`));
    expect(response.status).toBe(201);
  });
});

describe('attachment names', () => {
  const BMP = new TextEncoder().encode('BM\r\ncalc.exe\r\n');
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const upload = (data: Uint8Array<ArrayBuffer>, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([data]), name);
    return call<UploadedAttachment>(portal, 'POST', '/attachments', { token: anna, rawBody: form });
  };

  it('end in an extension of the detected type, so a "bitmap" named .bat is not saved as a script', async () => {
    const cases: [Uint8Array<ArrayBuffer>, string, string][] = [
      [BMP, 'hilfe.bat', 'hilfe.bat.bmp'],
      [PNG, 'bild.png.exe', 'bild.png.exe.png'],
      [PNG, 'screenshot', 'screenshot.png'],
      [PNG, 'Bildschirmfoto.PNG', 'Bildschirmfoto.PNG'],
    ];
    for (const [data, name, stored] of cases) {
      const uploaded = await upload(data, name);
      expect(uploaded.body.name, name).toBe(stored);
      const download = await call(portal, 'GET', `/attachments/${uploaded.body.id}`, { token: anna });
      expect(download.headers.get('content-disposition'), name).toContain(`filename="${stored}"`);
    }
  });

  it('lose the invisible marks that reverse or hide text, and are never cut inside an emoji', async () => {
    expect((await upload(PNG, 'rechnung\u202Egnp.exe')).body.name).toBe('rechnunggnp.exe.png');
    const long = (await upload(PNG, `a${'😀'.repeat(300)}`)).body.name;
    expect(long).toBe(`a${'😀'.repeat(195)}.png`);
  });

});

describe('visitor uploads', () => {
  it('are limited per IP to the files their requests can carry (5 per request), not to the 300 writes a minute', async () => {
    const visitors = await startTestPortal({ allowAnonymous: true, rateLimits: { anonymousRequestsPerHour: 2 } });
    try {
      const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]);
      const upload = (token: string | null) => {
        const form = new FormData();
        form.append('file', new Blob([PNG]), 'bild.png');
        return call<Problem>(visitors, 'POST', '/attachments', { token, rawBody: form });
      };
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await upload(null)).status);
      expect(statuses).toEqual([...Array<number>(10).fill(201), 429]);
      expect((await upload(null)).headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await upload(anna)).status).toBe(201);
    } finally {
      await visitors.dispose();
    }
  });
});
