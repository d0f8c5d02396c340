import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJsmSimulator, type JsmSimulator, type SimEvent } from '../../server/jsm-sim/index.js';
import { client, OPT_IN } from './client.js';

let sim: JsmSimulator;
let api: ReturnType<typeof client>;
const events: SimEvent[] = [];

function upload(files: { name: string; type: string; text: string }[], headers: Record<string, string>) {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([f.text], { type: f.type }), f.name);
  return fetch(`${sim.url}/rest/servicedeskapi/servicedesk/1/attachTemporaryFile`, {
    method: 'POST',
    body: form,
    headers: { Authorization: `Basic ${Buffer.from(`${sim.email}:${sim.apiToken}`).toString('base64')}`, ...headers },
  });
}

beforeAll(async () => {
  sim = await startJsmSimulator({ seed: { customers: [{ accountId: 'qm:anna', displayName: 'Anna', emailAddress: 'anna@x.example' }], issues: [{ requestTypeId: '11', summary: 'Hilfe', reporterId: 'qm:anna' }] } });
  api = client(sim);
  sim.onEvent((e) => events.push(e));
});
afterAll(async () => {
  expect(sim.violations).toEqual([]);
  await sim.close();
});

describe('comments', () => {
  it('returns internal comments to an agent by default and hides them with internal=false', async () => {
    await sim.agentComment('MED-1', { body: 'Nur intern', internal: true });
    await sim.agentComment('MED-1', { body: 'Hallo Anna', internal: false });
    const all = (await api('GET', '/rest/servicedeskapi/request/MED-1/comment')).json<{ values: { body: string; public: boolean }[] }>();
    expect(all.values.map((c) => [c.body, c.public])).toEqual([['Nur intern', false], ['Hallo Anna', true]]);
    const publicOnly = (await api('GET', '/rest/servicedeskapi/request/MED-1/comment?internal=false')).json<{ values: { body: string }[] }>();
    expect(publicOnly.values.map((c) => c.body)).toEqual(['Hallo Anna']);
  });

  it('requires public on servicedeskapi comments and authors them as the service account', async () => {
    expect((await api('POST', '/rest/servicedeskapi/request/MED-1/comment', { body: 'x' })).status).toBe(400);
    const res = await api('POST', '/rest/servicedeskapi/request/MED-1/comment', { body: 'Antwort', public: true });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ body: 'Antwort', public: true, author: { accountId: sim.serviceAccountId } });
    expect(events.at(-1)).toMatchObject({ webhookEvent: 'comment_created', issue: { key: 'MED-1' }, comment: { body: 'Antwort', jsdPublic: true } });
  });

  it('makes platform comments public unless sd.public.comment says internal', async () => {
    const adf = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Plattform' }] }] };
    const pub = (await api('POST', '/rest/api/3/issue/MED-1/comment', { body: adf })).json();
    expect(pub).toMatchObject({ jsdPublic: true, body: adf });
    const internal = (await api('POST', '/rest/api/3/issue/MED-1/comment', { body: adf, properties: [{ key: 'sd.public.comment', value: { internal: true } }] })).json();
    expect(internal.jsdPublic).toBe(false);
    expect((await api('POST', '/rest/api/3/issue/MED-1/comment', { body: 'plain text' })).status).toBe(400);
  });
});

describe('attachments', () => {
  it('refuses uploads without X-Atlassian-Token: no-check, and without the experimental opt-in', async () => {
    const noToken = await upload([{ name: 'a.txt', type: 'text/plain', text: 'hi' }], OPT_IN);
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toBe('XSRF check failed');
    expect((await upload([{ name: 'a.txt', type: 'text/plain', text: 'hi' }], { 'X-Atlassian-Token': 'no-check' })).status).toBe(412);
  });

  it('attaches temporary files with a comment, lists them without id or flag, and serves the bytes', async () => {
    const res = await upload([{ name: 'log.txt', type: 'text/plain', text: 'line 1' }, { name: 'shot.png', type: 'image/png', text: 'PNG' }], { ...OPT_IN, 'X-Atlassian-Token': 'no-check' });
    expect(res.status).toBe(201);
    const { temporaryAttachments } = (await res.json()) as { temporaryAttachments: { temporaryAttachmentId: string; fileName: string }[] };
    expect(temporaryAttachments.map((t) => t.fileName)).toEqual(['log.txt', 'shot.png']);
    const attach = await api('POST', '/rest/servicedeskapi/request/MED-1/attachment', { temporaryAttachmentIds: temporaryAttachments.map((t) => t.temporaryAttachmentId), public: false, additionalComment: { body: 'Logs' } });
    expect(attach.status).toBe(201);
    expect(attach.json()).toMatchObject({ attachments: { size: 2 }, comment: { public: false } });
    const again = await api('POST', '/rest/servicedeskapi/request/MED-1/attachment', { temporaryAttachmentIds: [temporaryAttachments[0]?.temporaryAttachmentId], public: true });
    expect(again.status).toBe(400);

    const list = (await api('GET', '/rest/servicedeskapi/request/MED-1/attachment')).json<{ values: Record<string, unknown>[] }>();
    expect(list.values[0]).not.toHaveProperty('id');
    expect(list.values[0]).not.toHaveProperty('public');
    expect(list.values[0]).toMatchObject({ filename: 'log.txt', mimeType: 'text/plain', size: 6 });
    const id = String((list.values[0]?._links as { jiraRest: string }).jiraRest.split('/').pop());

    const redirect = await api('GET', `/rest/servicedeskapi/request/MED-1/attachment/${id}`);
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe(`${sim.url}/rest/api/3/attachment/content/${id}`);
    const bytes = await api('GET', `/rest/api/3/attachment/content/${id}?redirect=false`);
    expect([bytes.status, bytes.text, bytes.headers.get('content-type')]).toEqual([200, 'line 1', 'text/plain']);
    expect((await api('GET', `/rest/api/3/attachment/content/${id}`)).status).toBe(303);
    expect((await api('GET', `/rest/api/3/attachment/${id}`)).json()).toMatchObject({ id, filename: 'log.txt' });
  });

  it('lets temporary files expire', async () => {
    let clock = Date.now();
    const short = await startJsmSimulator({ temporaryFileTtlMs: 1000, now: () => clock, seed: { customers: [{ accountId: 'qm:b', displayName: 'B', emailAddress: 'b@x.example' }], issues: [{ requestTypeId: '10', summary: 's', reporterId: 'qm:b' }] } });
    const form = new FormData();
    form.append('file', new Blob(['x']), 'x.txt');
    const auth = { Authorization: `Basic ${Buffer.from(`${short.email}:${short.apiToken}`).toString('base64')}`, ...OPT_IN, 'X-Atlassian-Token': 'no-check' };
    const up = (await (await fetch(`${short.url}/rest/servicedeskapi/servicedesk/1/attachTemporaryFile`, { method: 'POST', body: form, headers: auth })).json()) as { temporaryAttachments: { temporaryAttachmentId: string }[] };
    clock += 1001;
    const res = await client(short)('POST', '/rest/servicedeskapi/request/MED-1/attachment', { temporaryAttachmentIds: [up.temporaryAttachments[0]?.temporaryAttachmentId], public: true });
    expect(res.status).toBe(400);
    await short.close();
  });
});

describe('events', () => {
  it('fires issue_created and issue_updated with Jira-shaped payloads', async () => {
    await api('POST', '/rest/servicedeskapi/request', { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary: 'Neu' }, raiseOnBehalfOf: 'qm:anna' });
    expect(events.at(-1)).toMatchObject({ webhookEvent: 'jira:issue_created', issue: { key: 'MED-2', fields: { summary: 'Neu', status: { name: 'Waiting for support' } } } });
    await sim.transition('MED-2', 'Resolved');
    expect(events.at(-1)).toMatchObject({ webhookEvent: 'jira:issue_updated', issue: { fields: { status: { name: 'Resolved' } } } });
  });
});
