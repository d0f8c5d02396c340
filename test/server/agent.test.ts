import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityItem, AgentRequestDetail, AgentRequestList, Problem, RequestDetail } from '../../src/api/contract.js';
import { DEMO_AGENT_KEY } from '../../server/index.js';
import { bugRequest, call, newKey, outbox, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

let portal: TestPortal;
let anna: string;

beforeAll(async () => {
  portal = await startTestPortal();
  anna = await tokenFor('anna');
});
afterAll(() => portal.dispose());

const agent = <T>(method: string, path: string, body?: unknown) =>
  call<T>(portal, method, path, { token: DEMO_AGENT_KEY, ...(body === undefined ? {} : { body }) });

describe('agent console endpoints', () => {
  it('lists requests of all practices, newest activity first, with practice and requester', async () => {
    const response = await agent<AgentRequestList>('GET', '/agent/requests?limit=100');
    expect(response.status).toBe(200);
    const orgs = new Set(response.body.items.map((i) => i.organization?.id));
    expect(orgs).toEqual(new Set(['org-berger', 'org-see']));
    const updated = response.body.items.map((i) => i.updatedAt);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(response.body.items[0]!.requester.email).toMatch(/@/);
  });

  it('filters by practice and status', async () => {
    const response = await agent<AgentRequestList>('GET', '/agent/requests?organization=org-see&status=open');
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items.every((i) => i.organization?.id === 'org-see' && i.status.category === 'open')).toBe(true);
  });

  it('reads any request with its requester', async () => {
    const response = await agent<AgentRequestDetail>('GET', '/agent/requests/MED-8');
    expect(response.status).toBe(200);
    expect(response.body.requester.id).toMatch(/^u-/);
    expect((await agent('GET', '/agent/requests/MED-9999')).status).toBe(404);
  });

  it('a reply appears in the activity, sets lastAgentActivityAt and mails the requester', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Bitte antworten') });
    const reply = await agent<ActivityItem>('POST', `/agent/requests/${created.body.key}/comments`, { body: 'Wir kümmern uns darum.', author: 'Eva vom Support' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ type: 'comment', body: 'Wir kümmern uns darum.', author: { name: 'Eva vom Support', isAgent: true } });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.lastAgentActivityAt).toBe(reply.body.at);
    const mails = await outbox(portal, 'reply');
    const mail = mails.find((m) => m.name.endsWith(`${created.body.key}.eml`));
    expect(mail?.content).toContain('To: anna.berger@praxis-berger.example');
    expect(mail?.content.replace(/=\r?\n/g, '')).toContain('medsupport=3Drequest/' + created.body.key);
  });

  it('sends no reply mail to a user who switched notifications off', async () => {
    const sofia = await tokenFor('sofia');
    await call(portal, 'PATCH', '/me', { token: sofia, body: { notifyByEmail: false } });
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: sofia, idempotencyKey: newKey(), body: bugRequest('Still') });
    await agent('POST', `/agent/requests/${created.body.key}/comments`, { body: 'Antwort' });
    const mails = await outbox(portal);
    expect(mails.filter((m) => m.name.includes(created.body.key))).toEqual([]);
  });

  it('changes the status with de/en names and records it in the activity', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Status') });
    for (const [status, category] of [['in_progress', 'open'], ['waiting_for_customer', 'open'], ['resolved', 'closed'], ['closed', 'closed']] as const) {
      const response = await agent<AgentRequestDetail>('POST', `/agent/requests/${created.body.key}/status`, { status });
      expect(response.status).toBe(200);
      expect(response.body.status).toMatchObject({ id: status, category });
    }
    const en = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna, headers: { 'Accept-Language': 'en' } });
    expect(en.body.status.name).toBe('Closed');
    expect(en.body.activity.filter((a) => a.type === 'status').map((a) => a.status?.name)).toEqual([
      'In progress', 'Waiting for customer', 'Resolved', 'Closed',
    ]);
    expect(en.body.lastAgentActivityAt).not.toBeNull();
    const same = await agent<AgentRequestDetail>('POST', `/agent/requests/${created.body.key}/status`, { status: 'closed' });
    expect(same.body.activity.filter((a) => a.type === 'status')).toHaveLength(4);
  });

  it.each([
    ['unknown status', '/status', { status: 'done' }, 'status'],
    ['empty comment', '/comments', { body: '' }, 'body'],
    ['author too long', '/comments', { body: 'x', author: 'a'.repeat(101) }, 'author'],
  ])('422 for %s', async (_name, suffix, body, field) => {
    const response = await agent<Problem>('POST', `/agent/requests/MED-1${suffix}`, body);
    expect(response.status).toBe(422);
    expect(response.body.errors?.map((e) => e.field)).toContain(field);
  });

  it('404 for unknown requests', async () => {
    expect((await agent('POST', '/agent/requests/MED-9999/comments', { body: 'x' })).status).toBe(404);
    expect((await agent('POST', '/agent/requests/MED-9999/status', { status: 'closed' })).status).toBe(404);
  });
});
