import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../server/jsm-sim/handlers/index.js';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { loadOperations } from '../../server/jsm-sim/validate/spec.js';
import { client, OPT_IN } from './client.js';

let sim: JsmSimulator;
let api: ReturnType<typeof client>;
let customerId: string;
let orgId: string;

beforeAll(async () => {
  sim = await startJsmSimulator();
  api = client(sim);
  customerId = (await api('POST', '/rest/servicedeskapi/customer', { email: 'anna@praxis.example', displayName: 'Anna Arzt' })).json<{ accountId: string }>().accountId;
  orgId = (await api('POST', '/rest/servicedeskapi/organization', { name: 'Praxis Sonnenschein' })).json<{ id: string }>().id;
});
afterAll(async () => {
  expect(sim.violations).toEqual([]);
  await sim.close();
});

describe('routes', () => {
  it('registers handlers only under operations the documents define', () => {
    const keys = new Set(loadOperations().map((o) => o.key));
    expect(Object.keys(routes).filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('customers and organizations', () => {
  it('refuses customer creation without Jira admin, and reports duplicates as 409 only with the strict flag', async () => {
    sim.setPermissions({ jiraAdmin: false });
    const denied = await api('POST', '/rest/servicedeskapi/customer', { email: 'x@y.example', displayName: 'X' });
    expect(denied.status).toBe(403);
    expect(denied.json().errorMessage).toMatch(/Jira Administrators global permission is required/);
    sim.setPermissions({ jiraAdmin: true });
    expect((await api('POST', '/rest/servicedeskapi/customer', { email: 'ANNA@praxis.example', displayName: 'A' })).status).toBe(400);
    expect((await api('POST', '/rest/servicedeskapi/customer?strictConflictStatusCode=true', { email: 'anna@praxis.example', displayName: 'A' })).status).toBe(409);
    expect(sim.customers().find((c) => c.accountId === customerId)).toMatchObject({ accountType: 'customer', emailAddress: 'anna@praxis.example' });
  });

  it('adds customers to the desk only as a desk admin, and searches them with the experimental header', async () => {
    const bea = (await api('POST', '/rest/servicedeskapi/customer', { email: 'bea@praxis.example', displayName: 'Bea Berg' })).json<{ accountId: string }>().accountId;
    sim.setPermissions({ serviceDeskAdmin: false });
    expect((await api('POST', '/rest/servicedeskapi/servicedesk/1/customer', { accountIds: [bea] })).status).toBe(403);
    sim.setPermissions({ serviceDeskAdmin: true });
    expect((await api('POST', '/rest/servicedeskapi/servicedesk/1/customer', { accountIds: [bea, 'qm:ghost'] })).status).toBe(400);
    expect((await api('GET', '/rest/servicedeskapi/servicedesk/1/customer?query=berg')).status).toBe(412);
    const found = (await api('GET', '/rest/servicedeskapi/servicedesk/1/customer?query=berg', undefined, OPT_IN)).json<{ values: { accountId: string }[] }>();
    expect(found.values.map((u) => u.accountId)).toEqual([bea]);
    expect((await api('POST', '/rest/servicedeskapi/servicedesk/1/customer', { accountIds: [bea] })).status).toBe(204);
  });

  it('returns the existing organization when the name is taken', async () => {
    const again = await api('POST', '/rest/servicedeskapi/organization', { name: 'Praxis Sonnenschein' });
    expect(again.status).toBe(201);
    expect(again.json().id).toBe(orgId);
    expect((await api('POST', '/rest/servicedeskapi/organization', { name: 'x'.repeat(201) })).status).toBe(400);
  });

  it('adds members, reports unknown ones but keeps the valid ones, and filters by accountId', async () => {
    const res = await api('POST', `/rest/servicedeskapi/organization/${orgId}/user`, { accountIds: [customerId, 'qm:nobody'] });
    expect(res.status).toBe(400);
    const members = (await api('GET', `/rest/servicedeskapi/organization/${orgId}/user`)).json<{ values: { accountId: string }[] }>();
    expect(members.values.map((m) => m.accountId)).toEqual([customerId]);
    const mine = (await api('GET', `/rest/servicedeskapi/organization?accountId=${encodeURIComponent(customerId)}`)).json<{ values: { id: string }[] }>();
    expect(mine.values.map((o) => o.id)).toEqual([orgId]);
  });

  it('stores organization properties: 201 created, 200 updated, 404 missing', async () => {
    const path = `/rest/servicedeskapi/organization/${orgId}/property/medondo.practice`;
    expect((await api('GET', path)).status).toBe(404);
    expect((await api('PUT', path, { practiceId: 'p-1' })).status).toBe(201);
    expect((await api('PUT', path, { practiceId: 'p-2' })).status).toBe(200);
    expect((await api('GET', path)).json()).toEqual({ key: 'medondo.practice', value: { practiceId: 'p-2' } });
    expect((await api('GET', `/rest/servicedeskapi/organization/${orgId}/property`)).json<{ keys: { key: string }[] }>().keys.map((k) => k.key)).toEqual(['medondo.practice']);
  });

  it('limits organization management to Jira admins when the setting says so', async () => {
    const strict = await startJsmSimulator({ orgManagementJiraAdminsOnly: true, permissions: { jiraAdmin: false } });
    expect((await client(strict)('POST', '/rest/servicedeskapi/organization', { name: 'Y' })).status).toBe(403);
    await strict.close();
  });
});

describe('creating requests', () => {
  const create = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    api('POST', '/rest/servicedeskapi/request', { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: fields, raiseOnBehalfOf: customerId, ...extra });

  it('refuses a customer who is not associated with the closed desk', async () => {
    const res = await create({ summary: 'Kalender hängt' });
    expect(res.status).toBe(400);
    expect(res.json().errorMessage).toMatch(/not a customer of the service desk/);
  });

  it('creates MED-1 once the organization is on the desk, with the documented 201 body', async () => {
    expect((await api('POST', '/rest/servicedeskapi/servicedesk/1/organization', { organizationId: Number(orgId) })).status).toBe(204);
    const res = await create({ summary: 'Kalender hängt', description: 'Seit heute früh', customfield_10103: { id: '10201' }, customfield_10002: [Number(orgId)] });
    expect(res.status).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      issueKey: 'MED-1',
      requestTypeId: '10',
      serviceDeskId: '1',
      reporter: { accountId: customerId },
      currentStatus: { status: 'Waiting for support', statusCategory: 'NEW' },
      createdDate: { iso8601: expect.any(String), jira: expect.any(String), friendly: expect.any(String), epochMillis: expect.any(Number) },
      _links: { web: expect.any(String), agent: expect.any(String), jiraRest: expect.any(String), self: expect.any(String) },
    });
    const ids = (body.requestFieldValues as { fieldId: string }[]).map((f) => f.fieldId);
    expect(ids).toEqual(['summary', 'description', 'customfield_10103']);
    expect(sim.issue('MED-1')).toMatchObject({ organizationIds: [orgId], customFields: { customfield_10103: '10201' } });
  });

  it('refuses unknown fields, missing required ones, bad options and numbers as strings', async () => {
    expect((await create({ summary: 's', customfield_99999: 'x' })).status).toBe(400);
    expect((await create({ description: 'no summary' })).status).toBe(400);
    expect((await create({ summary: 's', customfield_10103: 'Terminkalender' })).status).toBe(400);
    expect((await create({ summary: 's', customfield_10103: { value: 'Appointment calendar' } })).status).toBe(400);
    expect((await create({ summary: 's', customfield_10103: { value: 'Terminkalender' } })).status).toBe(201);
    expect((await create({ summary: 's', customfield_10110: '3' }, { requestTypeId: '12' })).status).toBe(400);
    expect((await create({ summary: 's', customfield_10110: 3 }, { requestTypeId: '12' })).status).toBe(201);
    expect((await create({ summary: 's' }, { requestTypeId: '13' })).status).toBe(400);
  });

  it('localises the status through requestLanguage and lists history newest first', async () => {
    await sim.transition('MED-1', 'In progress');
    const de = (await api('GET', '/rest/servicedeskapi/request/MED-1?requestLanguage=de')).json();
    expect(de.currentStatus).toMatchObject({ status: 'In Arbeit', statusCategory: 'INDETERMINATE' });
    const history = (await api('GET', '/rest/servicedeskapi/request/MED-1/status')).json<{ values: { status: string }[] }>();
    expect(history.values.map((v) => v.status)).toEqual(['In progress', 'Waiting for support']);
    expect((await api('GET', '/rest/servicedeskapi/request/MED-999')).status).toBe(404);
  });

  it('lists transitions by name and performs one', async () => {
    const list = (await api('GET', '/rest/servicedeskapi/request/MED-1/transition')).json<{ values: { id: string; name: string }[] }>();
    const resolve = list.values.find((t) => t.name === 'Resolve this request');
    expect(resolve).toBeDefined();
    expect((await api('POST', '/rest/servicedeskapi/request/MED-1/transition', { id: resolve?.id, additionalComment: { body: 'Erledigt' } })).status).toBe(204);
    expect(sim.issue('MED-1')?.statusId).toBe('10003');
  });

  it('sets the Organizations field through the platform API and reads it back', async () => {
    const other = (await api('POST', '/rest/servicedeskapi/organization', { name: 'Praxis Mond' })).json<{ id: string }>().id;
    expect((await api('PUT', '/rest/api/3/issue/MED-1', { fields: { summary: 'Neu', customfield_10002: [Number(orgId), Number(other)] } })).status).toBe(204);
    const issue = (await api('GET', '/rest/api/3/issue/MED-1?fields=summary,customfield_10002,customfield_10010,status')).json<{ fields: Record<string, unknown> }>();
    expect(issue.fields.summary).toBe('Neu');
    expect(issue.fields.customfield_10002).toEqual([expect.objectContaining({ id: orgId, name: 'Praxis Sonnenschein' }), expect.objectContaining({ id: other, name: 'Praxis Mond' })]);
    expect(issue.fields.customfield_10010).toMatchObject({ requestType: { id: '10', name: 'Report a problem' }, currentStatus: { status: 'Resolved' } });
    expect(issue.fields.status).toMatchObject({ name: 'Resolved', statusCategory: { key: 'done', id: 3 } });
    expect((await api('PUT', '/rest/api/3/issue/MED-1', { fields: { customfield_77777: 'x' } })).json()).toMatchObject({ errorMessages: [], errors: { customfield_77777: expect.any(String) } });
  });
});
