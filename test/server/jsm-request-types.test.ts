import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Problem, RequestDetail, RequestType } from '../../src/api/contract.js';
import { startJsmSimulator, type JsmSimulator, type SimRequestTypeField } from '../../server/jsm-sim/index.js';
import { BackendRejectedError } from '../../server/store/backend-errors.js';
import type { JsmConfig } from '../../server/store/jsm/config.js';
import { createRequest } from '../../server/store/jsm/create.js';
import type { RequestDeps } from '../../server/store/jsm/requests.js';
import type { NewRequest } from '../../server/store/portal-store.js';
import { bugRequest, call, jsmStartOutcome, newKey, startJsmTestPortal, tokenFor, type TestPortal } from './helpers.js';
import { jsmSiteInFront } from './jsm-site.js';

// The request-type catalog while a desk admin changes request types and while JSM fails: each configured type is
// read on its own, and callers are served what was last read instead of waiting for JSM.

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function gateway(gatewayConfig: Partial<JsmConfig>, sim?: JsmSimulator): Promise<TestPortal & { sim: JsmSimulator }> {
  const own = sim ?? (await startJsmSimulator());
  if (!sim) cleanup.push(() => own.close());
  const portal = await startJsmTestPortal({ sim: own, gateway: gatewayConfig });
  cleanup.push(() => portal.dispose());
  return portal;
}

const types = async (portal: TestPortal) => {
  const answer = await call<RequestType[]>(portal, 'GET', '/request-types');
  expect(answer.status).toBe(200);
  return answer.body;
};
const keys = async (portal: TestPortal) => (await types(portal)).map((t) => t.key);
let anna: string;
beforeAll(async () => {
  anna = await tokenFor('anna');
});
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 5_000, interval: 30 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const typeReads = (sim: JsmSimulator) => sim.calls.filter((c) => c.path.includes('/requesttype/')).length;
/** Until a refresh running in the background has made its last read: no new one for 300 ms. */
async function settled(sim: JsmSimulator): Promise<void> {
  for (let before = -1; before !== typeReads(sim); ) {
    before = typeReads(sim);
    await sleep(300);
  }
}

/** A field the widget cannot fill (a people picker), required: JSM refuses every create without it. */
const requiredPerson: SimRequestTypeField = {
  fieldId: 'customfield_10115', kind: 'user', name: { de: 'Ansprechpartner', en: 'Contact person' }, description: { de: '', en: '' }, required: true, visible: true,
};

function fieldsOf(sim: JsmSimulator, id: string): SimRequestTypeField[] {
  const type = sim.requestTypes().find((t) => t.id === id);
  if (!type) throw new Error(`no request type ${id}`);
  return type.fields;
}

describe('request types JSM changes while the gateway runs', () => {
  it('one deleted in JSM is no longer offered (422 to create with, logged once) while the others still follow JSM', async () => {
    const portal = await gateway({ requestTypeTtlMs: 50 });
    const { sim } = portal;
    const anna = await tokenFor('anna');
    const billing = await call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), body: { requestTypeId: 'rt-billing', fields: { summary: 'Rechnung 4711', description: 'Frage' } },
    });
    expect(billing.status).toBe(201);

    sim.deleteRequestType('12');
    sim.updateRequestType('11', { name: { de: 'Hilfe zur Anwendung', en: 'Help with the application' } });
    sim.updateRequestType('10', {
      fields: fieldsOf(sim, '10').map((f) => (f.fieldId === 'customfield_10104' ? { ...f, options: [{ id: '10213', value: 'Niemand', label: { de: 'Niemand', en: 'Nobody' } }] } : f)),
    });
    // A refresh under way may have read some types before the edits: wait for one that read them all after.
    await eventually(async () => {
      const now = await types(portal);
      expect(now.map((t) => t.key)).toEqual(['bug', 'support']);
      expect(now.find((t) => t.key === 'support')?.name).toBe('Hilfe zur Anwendung');
      expect(now.find((t) => t.key === 'bug')?.fields.find((f) => f.id === 'customfield_10104')?.options).toEqual([{ value: '10213', label: 'Niemand' }]);
    });

    const refused = await call<Problem>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), body: { requestTypeId: 'rt-billing', fields: { summary: 'Noch eine Rechnung' } },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((e) => e.field)).toEqual(['requestTypeId']);
    // A request of the deleted type still shows under the name it had.
    const earlier = await call<RequestDetail>(portal, 'GET', `/requests/${billing.body.key}`, { token: anna });
    expect(earlier.body.requestType.name).toBe('Fragen zu Lizenzierung und Rechnungen');

    // Later refreshes find it gone again, and say nothing new.
    for (let i = 0; i < 5; i++) {
      await sleep(60);
      await keys(portal);
    }
    const told = portal.logs.filter((line) => /billing=12 (is|was)|"billing"/.test(line));
    expect(told).toEqual([expect.stringMatching(/request type billing=12 is no longer offered: .*not on service desk MED \(JSM answers 404/)]);
  });

  it('one that requires a field the widget cannot fill is dropped, and offered again once the field is optional', async () => {
    const portal = await gateway({ requestTypeTtlMs: 50 });
    const { sim } = portal;
    const fields = fieldsOf(sim, '11');
    sim.updateRequestType('11', { fields: [...fields, requiredPerson] });
    await eventually(async () => expect(await keys(portal)).toEqual(['bug', 'billing']));
    expect(portal.logs).toContainEqual(expect.stringMatching(/request type support=11 is no longer offered: .*requires the field "Ansprechpartner" \(customfield_10115\), whose type the widget cannot fill/));
    const refused = await call<Problem>(portal, 'POST', '/requests', {
      token: await tokenFor('anna'), idempotencyKey: newKey(), body: { requestTypeId: 'rt-support', fields: { summary: 'Frage' } },
    });
    expect(refused.status).toBe(422);

    sim.updateRequestType('11', { fields: [...fields, { ...requiredPerson, required: false }] });
    await eventually(async () => expect(await keys(portal)).toEqual(['bug', 'support', 'billing']));
    expect(portal.logs).toContainEqual('jsm: request type support=11 is offered again');
  });

  it('a hidden required field is filled by JSM from its preset value, whatever its type; without one the type is dropped', async () => {
    const portal = await gateway({ requestTypeTtlMs: 50 });
    const { sim } = portal;
    const fields = fieldsOf(sim, '11');
    sim.updateRequestType('11', { fields: [...fields, { ...requiredPerson, visible: false, presetValues: ['sa-0001'] }] });
    sim.updateRequestType('12', { fields: [...fieldsOf(sim, '12'), { ...requiredPerson, kind: 'text', visible: false }] });
    await eventually(async () => expect(await keys(portal)).toEqual(['bug', 'support']));
    expect(portal.logs).toContainEqual(expect.stringMatching(/request type billing=12 is no longer offered: .*requires the hidden field "Ansprechpartner" \(customfield_10115\), which has no preset value/));
    const support = (await call<RequestType[]>(portal, 'GET', '/request-types')).body.find((t) => t.key === 'support');
    expect(support?.fields.map((f) => f.id)).not.toContain('customfield_10112');
  });
});

describe('date fields', () => {
  it('are offered as dates: a day goes to JSM as YYYY-MM-DD and shows in the reader\'s words; a day the calendar lacks is a 422', async () => {
    const portal = await gateway({ requestTypeTtlMs: 50 });
    const { sim } = portal;
    const since: SimRequestTypeField = { ...requiredPerson, fieldId: 'customfield_10113', kind: 'date', name: { de: 'Seit wann?', en: 'Since when?' }, required: false };
    sim.updateRequestType('11', { fields: [...fieldsOf(sim, '11'), since] });
    await eventually(async () => expect((await types(portal)).find((t) => t.key === 'support')?.fields.find((f) => f.id === 'customfield_10113')?.type).toBe('date'));
    const send = (day: string) => call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), body: { requestTypeId: 'rt-support', fields: { summary: 'Seit Montag', customfield_10113: day } },
    });
    expect((await send('2026-02-30')).status).toBe(422);
    const created = await send('2026-12-01');
    expect(created.status).toBe(201);
    expect(created.body.fields.find((f) => f.id === 'customfield_10113')?.value).toBe('01.12.2026');
    expect(sim.issue(created.body.key)?.customFields.customfield_10113).toBe('2026-12-01');
    const page = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(page.body.fields.find((f) => f.id === 'customfield_10113')?.value).toBe('01.12.2026');
    expect(sim.violations).toEqual([]);
  });
});

describe('date and time fields', () => {
  it('go to JSM in Jira\'s form with the sender\'s offset and show with the clock time JSM gives back; one without an offset is a 422', async () => {
    const portal = await gateway({ requestTypeTtlMs: 50 });
    const { sim } = portal;
    const when: SimRequestTypeField = { ...requiredPerson, fieldId: 'customfield_10116', kind: 'datetime', name: { de: 'Wann trat es auf?', en: 'When did it happen?' }, required: false };
    sim.updateRequestType('11', { fields: [...fieldsOf(sim, '11'), when] });
    await eventually(async () => expect((await types(portal)).find((t) => t.key === 'support')?.fields.find((f) => f.id === 'customfield_10116')?.type).toBe('datetime'));
    const send = (value: string) => call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), body: { requestTypeId: 'rt-support', fields: { summary: 'Heute Nachmittag', customfield_10116: value } },
    });
    expect((await send('2026-12-08T14:30')).status).toBe(422);
    expect((await send('2026-12-08T24:30+01:00')).status).toBe(422);
    const created = await send('2026-12-08T14:30+01:00');
    expect(created.status).toBe(201);
    expect(sim.issue(created.body.key)?.customFields.customfield_10116).toBe('2026-12-08T14:30:00.000+0100');
    expect(created.body.fields.find((f) => f.id === 'customfield_10116')?.value).toBe('08.12.2026, 14:30');
    const page = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna, headers: { 'Accept-Language': 'en' } });
    expect(page.body.fields.find((f) => f.id === 'customfield_10116')?.value).toBe('8 Dec 2026, 14:30');
    expect(sim.violations).toEqual([]);
  });
});

describe('checkbox fields', () => {
  it('are offered as multiselects: the choices go to JSM as a list of options and read back by their labels; none of a required one, or a text, is a 422', async () => {
    const portal = await gateway({ requestTypeTtlMs: 50 });
    const { sim } = portal;
    const devices = (await types(portal)).find((t) => t.key === 'bug')?.fields.find((f) => f.id === 'customfield_10114');
    expect(devices).toMatchObject({ type: 'multiselect', options: [{ value: '10213', label: 'PC oder Laptop' }, { value: '10214', label: 'Tablet' }, { value: '10215', label: 'Smartphone' }] });
    const send = (value: unknown) => call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), body: { requestTypeId: 'rt-bug', fields: { summary: 'Druck geht nicht', customfield_10114: value } },
    });
    expect((await send('10213')).status).toBe(422);
    expect((await send(['10213', '99999'])).status).toBe(422);
    const created = await send(['10215', '10213', '10215']);
    expect(created.status).toBe(201);
    expect(sim.issue(created.body.key)?.customFields.customfield_10114).toEqual(['10213', '10215']);
    expect(created.body.fields.find((f) => f.id === 'customfield_10114')?.value).toBe('PC oder Laptop, Smartphone');
    const page = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(page.body.fields.find((f) => f.id === 'customfield_10114')?.value).toBe('PC oder Laptop, Smartphone');

    sim.updateRequestType('10', { fields: fieldsOf(sim, '10').map((f) => (f.fieldId === 'customfield_10114' ? { ...f, required: true } : f)) });
    await eventually(async () => expect((await types(portal)).find((t) => t.key === 'bug')?.fields.find((f) => f.id === 'customfield_10114')?.required).toBe(true));
    const none = await send([]);
    expect(none.status).toBe(422);
    expect((none.body as unknown as Problem).errors?.map((e) => e.field)).toEqual(['fields.customfield_10114']);
    expect(sim.violations).toEqual([]);
  });
});

describe('a create JSM refuses as a changed request type would', () => {
  it('has the request types read again at once, long before their TTL, so the widget fetching them right after the 422 gets the new form', async () => {
    const portal = await gateway({ requestTypeTtlMs: 3_600_000 });
    const { sim } = portal;
    const location: SimRequestTypeField = { ...requiredPerson, fieldId: 'customfield_10130', kind: 'text', name: { de: 'Standort', en: 'Location' } };
    sim.updateRequestType('11', { fields: [...fieldsOf(sim, '11'), location] });
    const refused = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { requestTypeId: 'rt-support', fields: { summary: 'Ohne Standort' } } });
    expect(refused.status).toBe(422);
    expect((await types(portal)).find((t) => t.key === 'support')?.fields.map((f) => f.id)).toContain('customfield_10130');
  });
});

describe('a required Attachment field', () => {
  it('is said in the request type, and a create without a file is a 422 on attachments before JSM is asked', async () => {
    const portal = await gateway({ requestTypeTtlMs: 50 });
    const { sim } = portal;
    expect((await types(portal)).find((t) => t.key === 'support')?.attachmentsRequired).toBeUndefined();
    sim.updateRequestType('11', { fields: fieldsOf(sim, '11').map((f) => (f.kind === 'attachment' ? { ...f, required: true } : f)) });
    await eventually(async () => expect((await types(portal)).find((t) => t.key === 'support')?.attachmentsRequired).toBe(true));
    const creates = () => sim.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/servicedeskapi/request')).length;
    const send = (attachments: string[]) => call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), body: { requestTypeId: 'rt-support', fields: { summary: 'Mit Screenshot' }, attachments },
    });
    const refused = await send([]);
    expect(refused.status).toBe(422);
    expect((refused.body as unknown as Problem).errors?.map((e) => e.field)).toEqual(['attachments']);
    expect(creates()).toBe(0);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], { type: 'image/png' }), 'fehler.png');
    const upload = await call<{ id: string }>(portal, 'POST', '/attachments', { token: anna, rawBody: form });
    expect((await send([upload.body.id])).status).toBe(201);
    expect(sim.violations).toEqual([]);
  });
});

describe('start-up', () => {
  it('starts with the usable request types and names each one left out; refuses only when none is usable', async () => {
    const sim = await startJsmSimulator();
    cleanup.push(() => sim.close());
    const logs: string[] = [];
    const configured = [{ key: 'bug', jsmId: '10' }, { key: 'gone', jsmId: '99' }, { key: 'dates', jsmId: '13' }];
    expect(await jsmStartOutcome(sim, { requestTypes: configured }, (line) => logs.push(line))).toBe('started');
    expect(logs).toContainEqual(expect.stringMatching(/request type gone=99 is not offered: request type 99 \("gone"\) is not on service desk MED/));
    expect(logs).toContainEqual(expect.stringMatching(/request type dates=13 is not offered: .*requires the field "Ansprechpartner"/));
    expect(logs).toContainEqual(expect.stringMatching(/request types offered bug=10$/));

    expect(await jsmStartOutcome(sim, { requestTypes: configured.slice(1) })).toMatch(
      /Refusing to start the JSM backend: JSM_REQUEST_TYPES: no request type can be offered: request type 99 \("gone"\) is not on service desk MED.*; request type 13 \("dates"\) requires the field/,
    );
  });
});

describe('JSM failing while request types are due', () => {
  it('hanging: every caller is served the last set at once, one refresh runs at a time, and creates go through', async () => {
    const sim = await startJsmSimulator();
    cleanup.push(() => sim.close());
    let hanging = false;
    let held = 0;
    let passing = 0;
    const release: (() => void)[] = [];
    const site = await jsmSiteInFront(sim.url, async (c) => {
      if (!/\/requesttype\/\d+$/.test(c.path)) return c.upstream();
      if (!hanging) {
        passing++;
        return c.upstream().finally(() => passing--);
      }
      held++;
      await new Promise<void>((resolve) => release.push(resolve));
      return new Response(null, { status: 503 });
    });
    cleanup.push(async () => {
      for (const go of release) go();
      await site.close();
    });
    const portal = await gateway({ siteUrl: site.url, requestTypeTtlMs: 50 }, sim);
    const before = await types(portal);
    // A refresh that answer started must be over before JSM hangs: one still running would be the one refresh.
    await sleep(60);
    await eventually(async () => expect(passing).toBe(0));
    await sleep(20);

    hanging = true;
    await sleep(60);
    const started = Date.now();
    const sequential = [];
    for (let i = 0; i < 5; i++) sequential.push(await types(portal));
    const parallel = await Promise.all(Array.from({ length: 5 }, () => types(portal)));
    expect(Date.now() - started).toBeLessThan(2_000);
    for (const answer of [...sequential, ...parallel]) expect(answer).toEqual(before);
    // One refresh: each of the three types read in German and English, all of them waiting for JSM. It runs in the
    // background, so its reads may reach the site only after the answers above.
    await eventually(async () => expect(held).toBe(6));

    const create = await call<RequestDetail>(portal, 'POST', '/requests', { token: await tokenFor('anna'), idempotencyKey: newKey(), body: bugRequest('Während JSM hängt') });
    expect(create.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(held).toBe(6);
  });

  it('a failed refresh is not redone by every call: reads cost JSM nothing until the retry is due, also with a deleted type', async () => {
    const portal = await gateway({ requestTypeTtlMs: 5_000 });
    const { sim } = portal;
    const anna = await tokenFor('anna');
    const burst = async () => {
      const reads = typeReads(sim);
      for (let i = 0; i < 10; i++) await keys(portal);
      expect((await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Im Ansturm') })).status).toBe(201);
      return typeReads(sim) - reads;
    };

    // Support's reads fail (500): its last good version stays, and the refresh is tried again after the TTL at the
    // earliest (30 s when the TTL is longer).
    await sleep(5_100);
    sim.fault({ kind: 'status', status: 500, times: 1_000, match: { path: /\/requesttype\/11/ } });
    await keys(portal);
    await eventually(async () => expect(sim.calls.some((c) => c.status === 500 && c.path.endsWith('/requesttype/11'))).toBe(true));
    await settled(sim);
    expect(await burst()).toBe(0);
    expect(portal.logs).toContainEqual(expect.stringMatching(/request type 11 \("support"\) could not be read .*; still offering the version read before/));
    expect(await keys(portal)).toEqual(['bug', 'support', 'billing']);
    sim.clearFaults();

    // A type JSM deleted settles the refresh: the next comes after the TTL, whoever calls meanwhile.
    sim.deleteRequestType('12');
    await sleep(5_100);
    await eventually(async () => expect(await keys(portal)).toEqual(['bug', 'support']));
    await settled(sim);
    expect(await burst()).toBe(0);
    // One line when its reads began to fail, one when they worked again.
    expect(portal.logs.filter((line) => /support=11 (is|was)|"support"/.test(line))).toEqual([
      expect.stringContaining('could not be read'),
      'jsm: request type support=11 was read again',
    ]);
  });
});

describe('a request type dropped between the check and the create', () => {
  it('is the same 422 as a type never offered, not a 500', async () => {
    const deps = { catalog: { find: async () => undefined } } as unknown as RequestDeps;
    const input = { requestTypeId: 'rt-billing' } as NewRequest;
    const refused = await createRequest(deps, input, 'de').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BackendRejectedError);
    expect((refused as BackendRejectedError).fields).toEqual(['requestTypeId']);
  });
});
