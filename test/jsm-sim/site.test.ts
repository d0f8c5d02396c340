import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { client, OPT_IN } from './client.js';

let sim: JsmSimulator;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  sim = await startJsmSimulator({ pageCap: 2 });
  api = client(sim);
});
afterAll(() => sim.close());

describe('site basics', () => {
  it('rejects bad credentials with 401 and accepts the configured token', async () => {
    const res = await fetch(`${sim.url}/rest/api/3/myself`, { headers: { Authorization: `Basic ${Buffer.from('x@y:z').toString('base64')}` } });
    expect(res.status).toBe(401);
    const me = await api('GET', '/rest/api/3/myself');
    expect(me.status).toBe(200);
    expect(me.headers.get('x-aaccountid')).toBe(sim.serviceAccountId);
    expect(me.json()).toMatchObject({ accountId: 'sa-0001', displayName: 'MedSupport Gateway', accountType: 'atlassian', emailAddress: sim.email });
  });

  it('resolves every service desk identifier form and 404s unknown ones', async () => {
    for (const id of ['1', 'MED', 'projectKey:MED', 'projectId:10000', 'serviceDeskId:1']) {
      const res = await api('GET', `/rest/servicedeskapi/servicedesk/${encodeURIComponent(id)}`);
      expect(res.json()).toMatchObject({ id: '1', projectId: '10000', projectKey: 'MED', projectName: 'medondo Support' });
    }
    const missing = await api('GET', '/rest/servicedeskapi/servicedesk/NOPE');
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ errorMessage: expect.any(String), i18nErrorMessage: { i18nKey: expect.any(String), parameters: [] } });
  });

  it('caps the page size silently', async () => {
    const page = (await api('GET', '/rest/servicedeskapi/servicedesk/1/requesttype?limit=10')).json<{ size: number; limit: number; isLastPage: boolean; values: unknown[]; _links: { next?: string } }>();
    expect(page).toMatchObject({ size: 2, limit: 2, isLastPage: false });
    expect(page._links.next).toContain('start=2');
    const last = (await api('GET', '/rest/servicedeskapi/servicedesk/1/requesttype?start=2&limit=10')).json();
    expect(last).toMatchObject({ size: 2, isLastPage: true });
  });

  it('localises request types by requestLanguage; English by default', async () => {
    const de = (await api('GET', '/rest/servicedeskapi/servicedesk/1/requesttype/10?requestLanguage=de-DE')).json();
    expect(de.name).toBe('Fehler melden');
    const en = (await api('GET', '/rest/servicedeskapi/servicedesk/1/requesttype/10')).json();
    expect(en.name).toBe('Report a problem');
    expect((await api('GET', '/rest/servicedeskapi/servicedesk/1/requesttype/99')).status).toBe(404);
  });

  it('hides the Organizations field unless hiddenFields is expanded by a desk admin', async () => {
    type Fields = { requestTypeFields: { fieldId: string; visible: boolean; jiraSchema: Record<string, unknown>; validValues: { value: string; label: string }[] }[] };
    const plain = (await api('GET', '/rest/servicedeskapi/servicedesk/1/requesttype/10/field')).json<Fields>();
    expect(plain.requestTypeFields.map((f) => f.fieldId)).not.toContain('customfield_10002');
    const area = plain.requestTypeFields.find((f) => f.fieldId === 'customfield_10103');
    expect(area?.validValues[0]).toEqual({ value: '10200', label: 'Sign-in & user account', children: [] });
    const hidden = (await api('GET', '/rest/servicedeskapi/servicedesk/1/requesttype/10/field?expand=hiddenFields')).json<Fields>();
    const orgs = hidden.requestTypeFields.find((f) => f.fieldId === 'customfield_10002');
    expect(orgs).toMatchObject({ visible: false, jiraSchema: { type: 'array', items: 'sd-customerorganization', custom: 'com.atlassian.servicedesk:sd-customer-organizations' } });
  });

  it('answers experimental endpoints 412 without the opt-in header', async () => {
    expect((await api('GET', '/rest/servicedeskapi/requesttype')).status).toBe(412);
    expect((await api('GET', '/rest/servicedeskapi/requesttype', undefined, OPT_IN)).status).toBe(200);
  });

  it('answers OpenAPI violations 400 and records them', async () => {
    const before = sim.violations.length;
    const res = await api('GET', '/rest/api/3/search?jql=project%3DMED');
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ errorMessages: [expect.stringMatching(/no such operation/)] });
    expect(sim.violations.length).toBe(before + 1);
    sim.violations.length = 0;
  });
});
