import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityItem, Problem, RequestDetail, UploadedAttachment } from '../../src/api/contract.js';
import { bugRequest, call, newKey, startTestPortal, supportSetsStatus, tokenFor, type TestPortal } from './helpers.js';

/**
 * The rule for customer replies after the support team is done: a resolved request takes a reply and reopens, a
 * closed one refuses it with a 409 `request-closed`. The portal under test is started here and nowhere else, so the
 * same suite can run against another backend.
 */

let portal: TestPortal;
let anna: string;

beforeAll(async () => {
  portal = await startTestPortal();
  anna = await tokenFor('anna');
});
afterAll(() => portal.dispose());

async function requestIn(status: 'resolved' | 'closed', summary: string): Promise<string> {
  const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest(summary) });
  expect(created.status).toBe(201);
  await supportSetsStatus(portal, created.body.key, status);
  return created.body.key;
}

const detail = async (key: string) => (await call<RequestDetail>(portal, 'GET', `/requests/${key}`, { token: anna })).body;

async function uploadText(): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob(['Protokoll\n']), 'log.txt');
  return (await call<UploadedAttachment>(portal, 'POST', '/attachments', { token: anna, rawBody: form })).body.id;
}

describe('replies to requests the support team is done with', () => {
  it('a resolved request takes the reply and goes back to the support team, visibly in the activity', async () => {
    const key = await requestIn('resolved', 'Doch nicht gelöst');
    const reply = await call<ActivityItem>(portal, 'POST', `/requests/${key}/comments`, {
      token: anna, idempotencyKey: newKey(), body: { body: 'Der Fehler ist wieder da.' },
    });
    expect(reply.status).toBe(201);
    const after = await detail(key);
    expect(after.status).toMatchObject({ id: 'waiting_for_support', category: 'open' });
    expect(after.activity.map((a) => `${a.type}:${a.status?.id ?? ''}:${a.author.isAgent ? 'agent' : a.author.name}`)).toEqual([
      'created::Dr. Anna Berger', 'status:resolved:agent', 'comment::Dr. Anna Berger', 'status:waiting_for_support:Dr. Anna Berger',
    ]);
  });

  it('a closed request refuses it with a 409 request-closed problem and stays as it was', async () => {
    const key = await requestIn('closed', 'Erledigt und geschlossen');
    const before = await detail(key);
    const attachment = await uploadText();
    const idempotencyKey = newKey();
    const send = () => call<Problem>(portal, 'POST', `/requests/${key.toLowerCase()}/comments`, {
      token: anna, idempotencyKey, body: { body: 'Noch eine Frage', attachments: [attachment] },
    });
    const refused = await send();
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.type).toMatch(/request-closed$/);
    expect(refused.body.detail).toContain(key);
    // The refusal is not remembered under the idempotency key: the same retry is refused again, not replayed.
    expect((await send()).status).toBe(409);
    expect(await detail(key)).toEqual(before);

    // The upload was not used up: it can go with the new request instead.
    const follow = await call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), body: { ...bugRequest(`Bezug: ${key}`), attachments: [attachment] },
    });
    expect(follow.status).toBe(201);
  });
});
