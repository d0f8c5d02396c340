import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityItem, CreatorList, Problem, RequestDetail, RequestList, RequestType } from '../../src/api/contract.js';
import { DEMO_AGENT_KEY } from '../../server/index.js';
import { bugRequest, call, newKey, outbox, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

let portal: TestPortal;
let anna: string;
let markus: string;
let lena: string;

beforeAll(async () => {
  portal = await startTestPortal();
  [anna, markus, lena] = await Promise.all([tokenFor('anna'), tokenFor('markus'), tokenFor('lena')]);
});
afterAll(() => portal.dispose());

const create = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  call<RequestDetail>(portal, 'POST', '/requests', { token, body, idempotencyKey: newKey(), headers });

describe('GET /readyz', () => {
  it('is ready on the SQLite store, which needs nobody else', async () => {
    const answer = await fetch(`${portal.url}/readyz`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ ok: true });
  });
});

describe('GET /request-types', () => {
  it('lists bug, support, billing in portal order, localised', async () => {
    const de = await call<RequestType[]>(portal, 'GET', '/request-types');
    const en = await call<RequestType[]>(portal, 'GET', '/request-types', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    expect(de.body.map((t) => t.key)).toEqual(['bug', 'support', 'billing']);
    expect(de.body[0]!.name).toBe('Fehler melden');
    expect(en.body[0]!.name).toBe('Report a problem');
    for (const type of de.body) {
      const summary = type.fields.find((f) => f.id === 'summary');
      expect(summary).toMatchObject({ label: 'Zusammenfassung', required: true, maxLength: 255, type: 'text' });
      expect(type.fields.find((f) => f.id === 'description')?.label).toBe('Beschreibung');
      expect(type.description.length).toBeGreaterThan(20);
    }
    expect(en.body[2]!.fields.find((f) => f.id === 'licencesWanted')).toMatchObject({ type: 'number', min: 1 });
    expect(de.body[0]!.fields.find((f) => f.id === 'errorMessage')?.label).toBe('Genaue Fehlermeldung');
  });

  it('falls back to German for other languages', async () => {
    const fr = await call<RequestType[]>(portal, 'GET', '/request-types', { headers: { 'Accept-Language': 'fr-FR, en;q=0.5' } });
    expect(fr.body[0]!.name).toBe('Report a problem');
    const only = await call<RequestType[]>(portal, 'GET', '/request-types', { headers: { 'Accept-Language': 'fr' } });
    expect(only.body[0]!.name).toBe('Fehler melden');
  });
});

describe('POST /requests', () => {
  it('creates MED-n with fields, context and a created activity, and mails a confirmation with a deep link', async () => {
    const response = await create(anna, {
      requestTypeId: 'rt-billing',
      fields: { summary: '  Drei Lizenzen  ', description: 'Für neue Kolleginnen', topic: 'licences', licencesWanted: 3 },
      context: { pageUrl: 'https://app.example/kalender', appVersion: '1.2.3', extra: { tenant: 7 } },
    });
    expect(response.status).toBe(201);
    const request = response.body;
    expect(request.key).toMatch(/^MED-\d+$/);
    expect(request.summary).toBe('Drei Lizenzen');
    expect(request.status).toEqual({ id: 'waiting_for_support', name: 'Warten auf Support', category: 'open' });
    expect(request.createdBy).toEqual({ id: 'u-berger-anna', name: 'Dr. Anna Berger' });
    expect(request.lastAgentActivityAt).toBeNull();
    expect(request.fields).toContainEqual({ id: 'topic', label: 'Thema', value: 'Weitere Behandler-Lizenzen' });
    expect(request.fields).toContainEqual({ id: 'licencesWanted', label: 'Gewünschte zusätzliche Behandler-Lizenzen', value: '3' });
    expect(request.context).toEqual({ pageUrl: 'https://app.example/kalender', appVersion: '1.2.3', extra: { tenant: 7 } });
    expect(request.activity).toHaveLength(1);
    expect(request.activity[0]).toMatchObject({ type: 'created', author: { name: 'Dr. Anna Berger', isAgent: false } });
    const mails = await outbox(portal, 'confirmation');
    const mail = mails.find((m) => m.name.endsWith(`${request.key}.eml`));
    expect(mail?.content).toContain('To: anna.berger@praxis-berger.example');
    expect(mail?.content.replace(/=\r?\n/g, '').replace(/=3D/g, '=')).toContain(`http://host.example/app?medsupport=request/${request.key}`);
  });

  it('takes a multiselect as a list of its options, each once, in the order offered, and shows their labels', async () => {
    const response = await create(anna, { requestTypeId: 'rt-bug', fields: { summary: 'Nur mobil', devices: ['phone', 'tablet', 'phone'] } });
    expect(response.status).toBe(201);
    expect(response.body.fields).toContainEqual({ id: 'devices', label: 'Auf welchen Geräten tritt es auf?', value: 'Tablet, Smartphone' });
    const page = await call<RequestDetail>(portal, 'GET', `/requests/${response.body.key}`, { token: anna, headers: { 'Accept-Language': 'en' } });
    expect(page.body.fields).toContainEqual({ id: 'devices', label: 'On which devices does it happen?', value: 'Tablet, Smartphone' });
  });

  it('accepts the request type key instead of its id', async () => {
    const response = await create(anna, { requestTypeId: 'support', fields: { summary: 'Per Schlüssel' } });
    expect(response.status).toBe(201);
    expect(response.body.requestType.key).toBe('support');
  });

  it.each([
    ['unknown request type', { requestTypeId: 'nope', fields: { summary: 'x' } }, 'requestTypeId'],
    ['missing request type', { fields: { summary: 'x' } }, 'requestTypeId'],
    ['missing summary', { requestTypeId: 'rt-bug', fields: { description: 'x' } }, 'fields.summary'],
    ['blank summary', { requestTypeId: 'rt-bug', fields: { summary: '   ' } }, 'fields.summary'],
    ['summary of 256 characters', { requestTypeId: 'rt-bug', fields: { summary: 'a'.repeat(256) } }, 'fields.summary'],
    ['description over 32,000', { requestTypeId: 'rt-bug', fields: { summary: 'x', description: 'a'.repeat(32_001) } }, 'fields.description'],
    ['unknown field', { requestTypeId: 'rt-bug', fields: { summary: 'x', colour: 'red' } }, 'fields.colour'],
    ['field of another type', { requestTypeId: 'rt-bug', fields: { summary: 'x', invoiceNumber: '1' } }, 'fields.invoiceNumber'],
    ['select value not an option', { requestTypeId: 'rt-bug', fields: { summary: 'x', area: 'mars' } }, 'fields.area'],
    ['multiselect value not a list', { requestTypeId: 'rt-bug', fields: { summary: 'x', devices: 'pc' } }, 'fields.devices'],
    ['multiselect value not an option', { requestTypeId: 'rt-bug', fields: { summary: 'x', devices: ['pc', 'mars'] } }, 'fields.devices'],
    ['number not a number', { requestTypeId: 'rt-billing', fields: { summary: 'x', topic: 'licences', licencesWanted: 'viele' } }, 'fields.licencesWanted'],
    ['number in hex', { requestTypeId: 'rt-billing', fields: { summary: 'x', topic: 'licences', licencesWanted: '0x10' } }, 'fields.licencesWanted'],
    ['number with an exponent', { requestTypeId: 'rt-billing', fields: { summary: 'x', topic: 'licences', licencesWanted: '1e3' } }, 'fields.licencesWanted'],
    ['number below minimum', { requestTypeId: 'rt-billing', fields: { summary: 'x', topic: 'licences', licencesWanted: 0 } }, 'fields.licencesWanted'],
    ['summary not a string', { requestTypeId: 'rt-bug', fields: { summary: 42 } }, 'fields.summary'],
    ['fields not an object', { requestTypeId: 'rt-bug', fields: ['x'] }, 'fields'],
    ['unknown top-level key', { ...bugRequest('x'), priority: 'high' }, 'priority'],
    ['context not an object', { ...bugRequest('x'), context: 'x' }, 'context'],
    ['unknown context key', { ...bugRequest('x'), context: { cookie: 'x' } }, 'context.cookie'],
    ['too many attachments', { ...bugRequest('x'), attachments: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] }, 'attachments'],
    ['unknown attachment', { ...bugRequest('x'), attachments: ['nope-nope-nope'] }, 'attachments[0]'],
  ])('422 for %s, naming the field', async (_name, body, field) => {
    const response = await create(anna, body);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = response.body as unknown as Problem;
    expect(problem).toMatchObject({ status: 422, title: 'Validation failed' });
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('keeps texts with LF line ends and a summary on one line, in its answer as in every later read', async () => {
    const created = await create(anna, { requestTypeId: 'rt-bug', fields: { summary: ' Erste\r\nZweite ', description: 'Zeile 1\r\nZeile 2\rZeile 3' } });
    expect(created.status).toBe(201);
    const reply = await call<ActivityItem>(portal, 'POST', `/requests/${created.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'a\r\nb' } });
    for (const detail of [created.body, (await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna })).body]) {
      expect(detail.summary).toBe('Erste Zweite');
      expect(detail.fields.find((f) => f.id === 'description')?.value).toBe('Zeile 1\nZeile 2\nZeile 3');
    }
    expect(reply.body.body).toBe('a\nb');
    const page = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(page.body.activity.find((a) => a.type === 'comment')?.body).toBe('a\nb');
  });

  it('counts characters, not UTF-16 units: 255 emoji are a valid summary', async () => {
    const response = await create(anna, bugRequest('😀'.repeat(255)));
    expect(response.status).toBe(201);
  });

  it('413 for a body over 256 KB', async () => {
    const big = { ...bugRequest('x'), context: { extra: { blob: 'a'.repeat(300 * 1024) } } };
    const response = await create(anna, big);
    expect(response.status).toBe(413);
    expect((response.body as unknown as Problem).status).toBe(413);
  });
});

describe('GET /requests/:key', () => {
  it('returns fields, context and the activity oldest first', async () => {
    const response = await call<RequestDetail>(portal, 'GET', '/requests/MED-8', { token: lena });
    expect(response.status).toBe(200);
    const times = response.body.activity.map((a) => a.at);
    expect([...times].sort()).toEqual(times);
    expect(response.body.activity[0]!.type).toBe('created');
    expect(response.body.activity.some((a) => a.author.isAgent && a.type === 'comment')).toBe(true);
  });

  it('is visible to colleagues in the same practice, 404 for others and for keys that are no keys', async () => {
    const own = await create(anna, bugRequest('Sichtbarkeit'));
    expect((await call(portal, 'GET', `/requests/${own.body.key}`, { token: markus })).status).toBe(200);
    expect((await call(portal, 'GET', `/requests/${own.body.key.toLowerCase()}`, { token: markus })).status).toBe(200);
    expect((await call(portal, 'GET', `/requests/${own.body.key}`, { token: lena })).status).toBe(404);
    for (const key of ['MED-0', 'MED-abc', 'FOO-1', '1', 'MED-99999999999999999999']) {
      expect((await call(portal, 'GET', `/requests/${key}`, { token: anna })).status).toBe(404);
    }
  });
});

describe('GET /requests', () => {
  const list = (token: string, query = '') => call<RequestList>(portal, 'GET', `/requests${query}`, { token });

  it('defaults to my open requests, newest update first', async () => {
    const response = await list(anna);
    expect(response.status).toBe(200);
    const items = response.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.createdBy.id === 'u-berger-anna' && i.status.category === 'open')).toBe(true);
    const updated = items.map((i) => i.updatedAt);
    expect([...updated].sort().reverse()).toEqual(updated);
  });

  it('organization shows the whole practice and nothing of other practices', async () => {
    const response = await list(anna, '?ownership=organization&status=all&limit=100');
    const creators = new Set(response.body.items.map((i) => i.createdBy.id));
    expect(creators).toEqual(new Set(['u-berger-anna', 'u-berger-markus', 'u-berger-sofia']));
  });

  it('filters by status, request type and creator', async () => {
    const closed = await list(anna, '?ownership=organization&status=closed&limit=100');
    expect(closed.body.items.length).toBeGreaterThan(0);
    expect(closed.body.items.every((i) => i.status.category === 'closed')).toBe(true);
    const billing = await list(anna, '?ownership=organization&status=all&requestType=billing');
    expect(billing.body.items.every((i) => i.requestType.key === 'billing')).toBe(true);
    const byId = await list(anna, '?ownership=organization&status=all&requestType=rt-billing');
    expect(byId.body.items).toEqual(billing.body.items);
    const markusOnly = await list(anna, '?ownership=organization&status=all&createdBy=u-berger-markus');
    expect(markusOnly.body.items.length).toBeGreaterThan(0);
    expect(markusOnly.body.items.every((i) => i.createdBy.id === 'u-berger-markus')).toBe(true);
  });

  it('searches the summary case- and accent-insensitively', async () => {
    await create(anna, bugRequest('Größe der Überweisung falsch'));
    for (const q of ['grosse', 'GRÖSSE', 'uberweisung', 'Überweisung falsch', 'falsch grösse']) {
      const response = await list(anna, `?status=all&q=${encodeURIComponent(q)}`);
      expect(response.body.items.map((i) => i.summary), q).toContain('Größe der Überweisung falsch');
    }
    const none = await list(anna, `?status=all&q=${encodeURIComponent('100%_')}`);
    expect(none.body.items).toEqual([]);
  });

  it('sorts by creation when asked', async () => {
    const response = await list(anna, '?ownership=organization&status=all&sort=created&limit=100');
    const created = response.body.items.map((i) => i.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it.each([
    ['?ownership=everyone', 'ownership'],
    ['?status=pending', 'status'],
    ['?sort=priority', 'sort'],
    ['?limit=0', 'limit'],
    ['?limit=abc', 'limit'],
    ['?cursor=garbage', 'cursor'],
    ['?requestType=nope', 'requestType'],
  ])('422 for %s', async (query, field) => {
    const response = await list(anna, query);
    expect(response.status).toBe(422);
    expect((response.body as unknown as Problem).errors?.map((e) => e.field)).toContain(field);
  });

  it('caps limit at 100', async () => {
    const response = await list(anna, '?ownership=organization&status=all&limit=1000');
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeLessThanOrEqual(100);
  });

  it('rejects a cursor from a different sort order', async () => {
    const first = await list(anna, '?ownership=organization&status=all&limit=2');
    const response = await list(anna, `?ownership=organization&status=all&limit=2&sort=created&cursor=${first.body.nextCursor}`);
    expect(response.status).toBe(422);
  });
});

describe('GET /requests/creators', () => {
  it('lists the people who created requests in my practice', async () => {
    const response = await call<CreatorList>(portal, 'GET', '/requests/creators', { token: markus });
    expect(response.body.items.map((p) => p.id).sort()).toEqual(['u-berger-anna', 'u-berger-markus', 'u-berger-sofia']);
    const see = await call<CreatorList>(portal, 'GET', '/requests/creators', { token: lena });
    expect(see.body.items.map((p) => p.name)).toEqual(['Jonas Weber', 'Lena Hoffmann']);
  });
});

describe('POST /requests/:key/comments', () => {
  it('adds a comment that appears in the activity and updates updatedAt', async () => {
    const created = await create(anna, bugRequest('Kommentar-Test'));
    const comment = await call<ActivityItem>(portal, 'POST', `/requests/${created.body.key}/comments`, {
      token: markus, idempotencyKey: newKey(), body: { body: 'Noch ein Detail' },
    });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ type: 'comment', body: 'Noch ein Detail', author: { name: 'Markus Klein', isAgent: false } });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.activity.at(-1)).toEqual(comment.body);
    expect(detail.body.updatedAt >= created.body.updatedAt).toBe(true);
  });

  it('hands a request waiting for the customer back to support, visibly in the activity', async () => {
    const created = await create(anna, bugRequest('Rückfrage'));
    const status = await call(portal, 'POST', `/agent/requests/${created.body.key}/status`, {
      token: DEMO_AGENT_KEY, body: { status: 'waiting_for_customer' },
    });
    expect(status.status).toBe(200);
    await call(portal, 'POST', `/requests/${created.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Hier die Antwort' } });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.status.id).toBe('waiting_for_support');
    expect(detail.body.activity.map((a) => `${a.type}:${a.status?.id ?? ''}`)).toEqual([
      'created:', 'status:waiting_for_customer', 'comment:', 'status:waiting_for_support',
    ]);
  });

  it.each([
    ['no body', {}, 'body'],
    ['empty body', { body: '' }, 'body'],
    ['a number', { body: 5 }, 'body'],
    ['over 32,000 characters', { body: 'a'.repeat(32_001) }, 'body'],
    ['an unknown key', { body: 'x', extra: 1 }, 'extra'],
  ])('422 for %s', async (_name, body, field) => {
    const response = await call<Problem>(portal, 'POST', '/requests/MED-1/comments', { token: anna, idempotencyKey: newKey(), body });
    expect(response.status).toBe(422);
    expect(response.body.errors?.map((e) => e.field)).toContain(field);
  });

  it('404 for a request of another practice', async () => {
    const response = await call(portal, 'POST', '/requests/MED-8/comments', { token: anna, idempotencyKey: newKey(), body: { body: 'x' } });
    expect(response.status).toBe(404);
  });
});
