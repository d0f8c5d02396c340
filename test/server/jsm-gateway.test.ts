import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, type ActivityItem, type Problem, type RequestDetail, type RequestList } from '../../src/api/contract.js';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { DEMO_AGENT_KEY, DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import { configWarnings, loadJsmConfig, type JsmConfig } from '../../server/store/jsm/config.js';
import { createAttachmentFiles } from '../../server/attachments/files.js';
import { sweepExpired } from '../../server/maintenance.js';
import { asServiceAccount, bugRequest, call, jsmStartOutcome, newKey, organizationOf, startJsmTestPortal, tokenFor, walkPages, type TestPortal } from './helpers.js';
import { jsmSiteInFront, rewritingSite } from './jsm-site.js';

// The JSM gateway against the simulator: what only the JSM backend does (identity in JSM, visibility enforced by
// the gateway, exactly-once across lost answers, JSM faults). The backend-neutral suites run on it too (the `jsm`
// Vitest project).

let sim: JsmSimulator;
let portal: TestPortal & { sim: JsmSimulator };
let anna: string;
let markus: string;
let lena: string;

beforeAll(async () => {
  sim = await startJsmSimulator();
  portal = await startJsmTestPortal({ sim });
  [anna, markus, lena] = await Promise.all([tokenFor('anna'), tokenFor('markus'), tokenFor('lena')]);
});
afterAll(async () => {
  await portal.dispose();
  await sim.close();
});
afterEach(() => {
  sim.clearFaults();
  sim.searchLagMs = 0;
  sim.searchPageCap = 100;
  sim.setPermissions({ jiraAdmin: true, browseUsers: true, serviceDeskAdmin: true });
  // Every call the gateway made is one the published API documents have.
  expect(sim.violations).toEqual([]);
  // The service account's token is in no log line, plain or as the Basic credentials.
  const logs = portal.logs.join('\n');
  expect(logs).not.toContain(sim.apiToken);
  expect(logs).not.toContain(Buffer.from(`${sim.email}:${sim.apiToken}`).toString('base64'));
});

/** Uploads a text file as the widget does; the id goes with a request or a reply. */
async function upload(target: TestPortal, token: string, name: string, text: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  const response = await fetch(`${target.apiUrl}/attachments`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } });
  return ((await response.json()) as { id: string }).id;
}

const create = (token: string, summary: string, key = newKey()) =>
  call<RequestDetail>(portal, 'POST', '/requests', { token, idempotencyKey: key, body: bugRequest(summary) });
const issuesNamed = (summary: string) => sim.issues().filter((i) => i.summary === summary);

describe('configuration', () => {
  it('names every missing or wrong variable at once', () => {
    expect(() => loadJsmConfig({ PORTAL_BACKEND: 'jsm', JSM_SITE_URL: 'ftp://x', JSM_REQUEST_TYPES: 'bug=10,bug=11,Support' })).toThrowError(
      /JSM_SITE_URL must use https[\s\S]*JSM_EMAIL is required[\s\S]*JSM_API_TOKEN is required[\s\S]*JSM_SERVICE_DESK is required[\s\S]*repeats[\s\S]*"Support" is not key=id/,
    );
  });

  it("takes Confluence from the site, or for a scoped token's Jira base from its Confluence base", () => {
    const env = { JSM_EMAIL: 'a@b.example', JSM_API_TOKEN: 't', JSM_SERVICE_DESK: 'MED', JSM_REQUEST_TYPES: 'bug=10' };
    expect(loadJsmConfig({ ...env, JSM_SITE_URL: 'https://praxis.atlassian.net/' }).confluenceUrl).toBe('https://praxis.atlassian.net/wiki');
    expect(loadJsmConfig({ ...env, JSM_SITE_URL: 'https://api.atlassian.com/ex/jira/c1d2' }).confluenceUrl).toBe('https://api.atlassian.com/ex/confluence/c1d2/wiki');
  });

  it("refuses plain http to Atlassian's hosts; for another host (a test double, a proxy in the operator's network) it warns", () => {
    const env = { JSM_EMAIL: 'a@b.example', JSM_API_TOKEN: 't', JSM_SERVICE_DESK: 'MED', JSM_REQUEST_TYPES: 'bug=10' };
    expect(() => loadJsmConfig({ ...env, JSM_SITE_URL: 'http://praxis.atlassian.net' })).toThrowError(/JSM_SITE_URL must use https/);
    expect(() => loadJsmConfig({ ...env, JSM_SITE_URL: 'http://praxis.atlassian.net./' })).toThrowError(/JSM_SITE_URL must use https/);
    expect(() => loadJsmConfig({ ...env, JSM_SITE_URL: 'https://praxis.example', JSM_KB_SPACE: 'KB', JSM_CONFLUENCE_URL: 'http://praxis.atlassian.net/wiki' })).toThrowError(/JSM_CONFLUENCE_URL must use https/);
    const proxied = loadJsmConfig({ ...env, JSM_SITE_URL: 'http://jsm-fake:8080', JSM_KB_SPACE: 'KB' });
    expect(proxied.siteUrl).toBe('http://jsm-fake:8080');
    expect(configWarnings(proxied)).toEqual([expect.stringMatching(/^jsm: http:\/\/jsm-fake:8080 is plain http: the API token crosses the network unencrypted/)]);
    expect(configWarnings(loadJsmConfig({ ...env, JSM_SITE_URL: 'http://127.0.0.1:9000' }))).toEqual([]);
    expect(configWarnings(loadJsmConfig({ ...env, JSM_SITE_URL: 'https://praxis.atlassian.net' }))).toEqual([]);
  });

  const refusal = (gateway: Partial<JsmConfig>) => jsmStartOutcome(sim, gateway);

  it('refuses to start on credentials JSM refuses, an unknown desk or request type, or a required field the widget cannot fill', async () => {
    const wrongToken = await refusal({ apiToken: 'wrong' });
    expect(wrongToken).toMatch(/Refusing to start the JSM backend: .*credentials \(JSM_EMAIL, JSM_API_TOKEN\) were refused/);
    expect(wrongToken).not.toContain('wrong');
    expect(await refusal({ serviceDesk: 'NOPE' })).toMatch(/JSM_SERVICE_DESK "NOPE" is not a service desk/);
    expect(await refusal({ requestTypes: [{ key: 'bug', jsmId: '99' }] })).toMatch(/request type 99 \("bug"\) is not on service desk MED/);
    expect(await refusal({ requestTypes: [{ key: 'dates', jsmId: '13' }] })).toMatch(/request type 13 \("dates"\) requires the field .* whose type the widget cannot fill/);
  });

  it('serves the request types in portal order, in German and English, from JSM', async () => {
    const de = await call<{ key: string; name: string }[]>(portal, 'GET', '/request-types');
    const en = await call<{ key: string; name: string }[]>(portal, 'GET', '/request-types', { headers: { 'Accept-Language': 'en' } });
    expect(de.body.map((t) => [t.key, t.name])).toEqual([['bug', 'Fehler melden'], ['support', 'Unterstützung zur Anwendung'], ['billing', 'Fragen zu Lizenzierung und Rechnungen']]);
    expect(en.body[0]?.name).toBe('Report a problem');
  });

  it('offers no agent API: agents work in JSM', async () => {
    const response = await call(portal, 'GET', '/agent/requests', { token: DEMO_AGENT_KEY });
    expect(response.status).toBe(404);
  });
});

describe('identity', () => {
  it('makes a portal user a customer of the desk and the practice an organization with its property, once', async () => {
    await create(anna, 'Identität');
    await create(markus, 'Identität 2');
    const annaCustomer = sim.customers().filter((c) => c.emailAddress === 'anna.berger@praxis-berger.example');
    expect(annaCustomer).toHaveLength(1);
    const orgs = sim.organizations().filter((o) => o.name === 'Praxis Dr. Berger');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.properties['medsupport.practice']).toEqual({ practiceId: 'org-berger' });
    expect(orgs[0]?.memberIds).toHaveLength(2);
  });

  it('a second gateway that shares nothing but JSM finds the same customer and organization', async () => {
    await create(anna, 'Erste Instanz');
    const customers = sim.customers().length;
    const organizations = sim.organizations().length;
    const second = await startJsmTestPortal({ sim });
    try {
      const list = await call<RequestList>(second, 'GET', '/requests?status=all&limit=100&requestType=bug', { token: anna });
      expect(list.status).toBe(200);
      // The second gateway knows nothing of the request: its type comes from JSM.
      expect(list.body.items.find((i) => i.summary === 'Erste Instanz')?.requestType).toMatchObject({ key: 'bug', name: 'Fehler melden' });
      expect(sim.customers()).toHaveLength(customers);
      expect(sim.organizations()).toHaveLength(organizations);
    } finally {
      await second.dispose();
    }
  });

  it('two practices with the same name get two organizations', async () => {
    const same = await import('../../server/index.js').then(({ signToken, DEMO_JWT_SECRET }) =>
      signToken(DEMO_JWT_SECRET, { sub: 'u-twin', email: 'twin@praxis-twin.example', name: 'Zwilling', org: 'org-twin', org_name: 'Praxis Dr. Berger' }),
    );
    const twin = await create(same, 'Zwillingspraxis');
    expect(twin.status).toBe(201);
    const named = sim.organizations().filter((o) => o.name.startsWith('Praxis Dr. Berger'));
    expect(named.map((o) => o.properties['medsupport.practice'])).toEqual(expect.arrayContaining([{ practiceId: 'org-berger' }, { practiceId: 'org-twin' }]));
    const annaList = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&limit=100', { token: anna });
    expect(annaList.body.items.map((i) => i.summary)).not.toContain('Zwillingspraxis');
  });

  it("two practices with the same name of 200 characters, JSM's longest, still get two organizations", async () => {
    const { signToken, DEMO_JWT_SECRET } = await import('../../server/index.js');
    const long = 'Gemeinschaftspraxis sehr '.padEnd(200, 'x');
    for (const n of [1, 2]) {
      const token = await signToken(DEMO_JWT_SECRET, { sub: `u-long-${n}`, email: `long${n}@praxis-lang.example`, name: 'Lang', org: `org-long-${n}`, org_name: long });
      expect((await create(token, `Lange Praxis ${n}`)).status).toBe(201);
    }
    const named = sim.organizations().filter((o) => o.name.startsWith('Gemeinschaftspraxis sehr'));
    expect(named.every((o) => o.name.length <= 200)).toBe(true);
    expect(named.map((o) => o.properties['medsupport.practice'])).toEqual(expect.arrayContaining([{ practiceId: 'org-long-1' }, { practiceId: 'org-long-2' }]));
  });

  it('a refused customer creation is a 503 backend-permission problem naming the permission, logged once', async () => {
    sim.setPermissions({ jiraAdmin: false });
    const { signToken, DEMO_JWT_SECRET } = await import('../../server/index.js');
    const newcomer = await signToken(DEMO_JWT_SECRET, { sub: 'u-new', email: 'neu@praxis-neu.example', name: 'Neu', org: 'org-neu', org_name: 'Praxis Neu' });
    const first = await call<Problem>(portal, 'GET', '/requests', { token: newcomer });
    const second = await call<Problem>(portal, 'GET', '/requests/creators', { token: newcomer });
    for (const response of [first, second]) {
      expect(response.status).toBe(503);
      expect(response.body.type).toMatch(/backend-permission$/);
      expect(response.body.detail).toMatch(/Jira Administrators global permission/);
    }
    expect(portal.logs.filter((line) => line.includes('permission missing: creating customers'))).toHaveLength(1);
  });

  it('serves what it holds itself (help articles, request types, profile) to a user JSM cannot set up, without asking JSM', async () => {
    sim.setPermissions({ jiraAdmin: false });
    const { signToken, DEMO_JWT_SECRET } = await import('../../server/index.js');
    const newcomer = await signToken(DEMO_JWT_SECRET, { sub: 'u-lokal', email: 'lokal@praxis-lokal.example', name: 'Lokal', org: 'org-lokal', org_name: 'Praxis Lokal' });
    const calls = sim.calls.length;
    for (const path of ['/articles', '/synonyms', '/request-types', '/me', '/me/reads']) {
      const response = await call(portal, 'GET', path, { token: newcomer });
      expect(response.status, path).toBe(200);
    }
    expect(sim.calls.slice(calls).map((c) => c.path)).toEqual([]);
    expect((await call<Problem>(portal, 'GET', '/requests', { token: newcomer })).status).toBe(503);
  });
});

describe('texts as wiki markup (FACTS §3, §5)', () => {
  it("sends a customer's markup escaped, so agents read what was typed, and shows it back as typed", async () => {
    const typed = 'Bitte [hier klicken|https://evil.example/login] {color:white}versteckt{color} !https://tracker.example/p.png! {noformat}';
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Markup', { description: typed }) });
    expect(created.status).toBe(201);
    const description = sim.issue(created.body.key)?.description ?? '';
    expect(description).toContain('\\[hier klicken|https://evil.example/login\\] \\{color:white\\}versteckt\\{color\\} \\!https://tracker.example/p.png! \\{noformat\\}');
    // The footer stays outside any block the text opened.
    expect(description).toMatch(/\n\n----\n\*MedSupport\* – gesendet von/);
    const reply = await call(portal, 'POST', `/requests/${created.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Antwort mit [~accountid:agent] und {code}' } });
    expect(reply.status).toBe(201);
    expect(sim.issue(created.body.key)?.comments.at(-1)?.body).toContain('Antwort mit \\[\\~accountid:agent\\] und \\{code\\}');

    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.fields.find((f) => f.id === 'description')?.value).toBe(typed);
    expect(detail.body.activity.filter((a) => a.type === 'comment').map((a) => a.body)).toEqual(['Antwort mit [~accountid:agent] und {code}']);
  });

  it('a 403 no call expected is a backend-permission problem naming the call, and a refused reply names its body', async () => {
    sim.fault({ kind: 'status', status: 403, times: 1, match: { method: 'POST', path: /\/servicedeskapi\/request$/ } });
    const refused = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Verweigert') });
    expect(refused.status).toBe(503);
    expect(refused.body.type).toMatch(/backend-permission$/);
    expect(refused.body.detail).toContain('POST /rest/servicedeskapi/request answered 403');
    const request = await create(anna, 'Antwort abgelehnt ohne Feld');
    sim.fault({ kind: 'status', status: 400, times: 1, match: { method: 'POST', path: /\/comment$/ } });
    const reply = await call<Problem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Hallo' } });
    expect(reply.status).toBe(422);
    expect(reply.body.errors?.map((e) => e.field)).toEqual(['body']);
  });

  it('escapes a multi-line field like the description, and shows it as typed', async () => {
    const typed = 'Meldung [siehe|https://evil.example] {color:white}weg{color}';
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Mehrzeiliges Feld', { customfield_10101: typed }) });
    expect(created.status).toBe(201);
    expect(sim.issue(created.body.key)?.customFields.customfield_10101).toBe('Meldung \\[siehe|https://evil.example\\] \\{color:white\\}weg\\{color\\}');
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.fields.find((f) => f.id === 'customfield_10101')?.value).toBe(typed);
  });

  it('refuses a text that fits the portal but not Jira once its markup is escaped, naming the field, and sends nothing', async () => {
    const log = '[12:00] {ERROR} '.repeat(1_900);
    expect(log.length).toBeLessThanOrEqual(LIMITS.textMaxLength);
    const calls = sim.calls.length;
    const created = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Langes Log', { description: log }) });
    expect(created.status).toBe(422);
    expect(created.body.errors?.map((e) => e.field)).toEqual(['fields.description']);
    expect(sim.calls.slice(calls).filter((c) => c.method === 'POST' && /\/servicedeskapi\/(request|servicedesk\/[^/]+\/attachTemporaryFile)$/.test(c.path))).toEqual([]);
    const request = await create(anna, 'Antwort mit langem Log');
    const reply = await call<Problem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: log } });
    expect(reply.status).toBe(422);
    expect(reply.body.errors?.map((e) => e.field)).toEqual(['body']);
  });

  it("shows what the support team wrote in JSM as the text it reads as, naming whom it mentions", async () => {
    const created = await create(anna, 'Antwort mit Markup');
    const reporter = sim.issue(created.body.key)?.reporterId ?? '';
    await sim.agentComment(created.body.key, {
      body: `Hallo [~accountid:${reporter}],\nbitte *so*:\n{code}Strg+F5{code}\nSiehe [Anleitung|https://hilfe.example/cache].`,
      internal: false,
    });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    const answer = detail.body.activity.filter((a) => a.type === 'comment' && a.author.isAgent).map((a) => a.body);
    expect(answer).toEqual([`Hallo @${detail.body.createdBy.name},\nbitte so:\nStrg+F5\nSiehe Anleitung (https://hilfe.example/cache).`]);
  });

  it('names a participant an agent mentions as the widget knows them, not as the support team', async () => {
    await create(markus, 'Markus meldet sich an');
    const created = await create(anna, 'Mit Markus zusammen');
    const markusAccount = sim.customers().find((c) => c.emailAddress === 'markus.klein@praxis-berger.example')?.accountId ?? '';
    const shared = await asServiceAccount(sim, `/rest/api/3/issue/${created.body.key}`, { method: 'PUT', json: { fields: { customfield_10001: [{ accountId: markusAccount }] } } });
    expect(shared.status).toBe(204);
    await sim.agentComment(created.body.key, { body: `Bitte mit [~accountid:${markusAccount}] abstimmen.`, internal: false });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.activity.filter((a) => a.type === 'comment').map((a) => a.body)).toEqual(['Bitte mit @Markus Klein abstimmen.']);
  });
});

describe('requests an agent changed in JSM', () => {
  it('a list filtered by request type finds an older request behind many of other types on its first page', async () => {
    const token = await signToken(DEMO_JWT_SECRET, { sub: 'u-filter', email: 'filter@praxis-filter.example', name: 'Filter', org: 'org-filter', org_name: 'Praxis Filter' });
    const raise = async (summary: string) => (await call<RequestDetail>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest(summary) })).body.key;
    const wanted = await raise('Der eine Fehler');
    for (let i = 0; i < 12; i++) sim.changeRequestType(await raise(`Eigentlich Support ${i}`), '11');
    const page = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&requestType=bug&limit=1', { token });
    expect(page.body.items.map((i) => i.key)).toEqual([wanted]);
  });

  it('names a request type the widget does not offer, which an agent moved a request to, in the reader\'s language', async () => {
    const created = await create(anna, 'Eigentlich eine Schulung');
    // 13 is a request type of the desk the portal does not offer.
    sim.changeRequestType(created.body.key, '13');
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.requestType.name).toBe('Schulungstermin anfragen');
    const listed = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all&limit=100', { token: anna });
    expect(listed.body.items.find((i) => i.key === created.body.key)?.requestType.name).toBe('Schulungstermin anfragen');
  });

  it('shows a request an agent moved to another request type as that type, in lists and on its page', async () => {
    const created = await create(anna, 'Eigentlich eine Rechnungsfrage');
    // 12 is the request type the portal offers as billing (helpers.ts).
    sim.changeRequestType(created.body.key, '12');
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.requestType.key).toBe('billing');
    const billed = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all&requestType=billing&limit=100', { token: anna });
    expect(billed.body.items.map((i) => i.key)).toContain(created.body.key);
    const bugs = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all&requestType=bug&limit=100', { token: anna });
    expect(bugs.body.items.map((i) => i.key)).not.toContain(created.body.key);
  });

  it('sends a summary pasted with line breaks on one line, as Jira takes no other', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Zeile eins\r\n  Zeile zwei') });
    expect(created.status).toBe(201);
    expect(sim.issue(created.body.key)?.summary).toBe('Zeile eins Zeile zwei');
  });

  it('a request hidden from the service account for a while keeps what the gateway knew of it once it is back', async () => {
    let hidden = false;
    const site = await jsmSiteInFront(sim.url, async (c) => (hidden && c.method === 'GET' && /\/rest\/api\/3\/issue\/MED-\d+$/.test(c.path) ? Response.json({ errorMessages: ['Issue does not exist or you do not have permission to see it.'] }, { status: 404 }) : c.upstream()));
    const gateway = await startJsmTestPortal({ sim, gateway: { siteUrl: site.url } });
    try {
      const context = { pageUrl: 'https://app.example/kalender', appVersion: '1.0', userAgent: 'test' };
      const created = await call<RequestDetail>(gateway, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Kurz verborgen'), context } });
      hidden = true;
      expect((await call(gateway, 'GET', `/requests/${created.body.key}`, { token: anna })).status).toBe(404);
      hidden = false;
      expect((await call(gateway, 'GET', `/requests/${created.body.key}`, { token: anna })).status).toBe(200);
      await sweepExpired(gateway.store.attachments, gateway.store.idempotency, createAttachmentFiles(gateway.config.attachmentsDir), Date.now() + 8 * 86_400_000);
      const page = await call<RequestDetail>(gateway, 'GET', `/requests/${created.body.key}`, { token: anna });
      expect(page.body.context?.pageUrl).toBe('https://app.example/kalender');
    } finally {
      await gateway.dispose();
      await site.close();
    }
  });

  it('a deleted request leaves the lists that showed it once its page is found gone, also without a webhook', async () => {
    const polled = await startJsmTestPortal({ sim, gateway: { pollIntervalMs: 3_600_000 } });
    try {
      const context = { pageUrl: 'https://app.example/patient/4711/akte', appVersion: '1.0', userAgent: 'test' };
      const created = await call<RequestDetail>(polled, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Wird gelöscht'), context } });
      const kept = () => {
        const db = new Database(path.join(polled.dir, 'portal.sqlite'), { readonly: true });
        try {
          return db.prepare('SELECT count(*) FROM jsm_requests WHERE issue_key = ?').pluck().get(created.body.key);
        } finally {
          db.close();
        }
      };
      expect(kept()).toBe(1);
      const list = () => call<RequestList>(polled, 'GET', '/requests?ownership=organization&status=all&limit=100', { token: anna, headers: etag ? { 'If-None-Match': etag } : {} });
      let etag: string | undefined;
      const first = await list();
      expect(first.body.items.map((i) => i.key)).toContain(created.body.key);
      etag = first.headers.get('etag') ?? undefined;
      sim.deleteIssue(created.body.key);
      expect((await list()).status).toBe(304);
      expect((await call(polled, 'GET', `/requests/${created.body.key}`, { token: anna })).status).toBe(404);
      const after = await list();
      expect(after.status).toBe(200);
      expect(after.body.items.map((i) => i.key)).not.toContain(created.body.key);
      // What the gateway kept of it, the page the user was on (a patient's record) among it, goes once it has stayed
      // away a week: a 404 may also be a request hidden for a while.
      const sweep = (days: number) => sweepExpired(polled.store.attachments, polled.store.idempotency, createAttachmentFiles(polled.config.attachmentsDir), Date.now() + days * 86_400_000);
      await sweep(6);
      expect(kept()).toBe(1);
      await sweep(8);
      expect(kept()).toBe(0);
    } finally {
      await polled.dispose();
    }
  });
});

describe('requests', () => {
  it('sends choice fields as option ids (radio buttons too, whose schema says string) and numbers as numbers, and shows them by their labels', async () => {
    const types = await call<{ key: string; fields: { id: string; label: string; type: string; options?: { value: string; label: string }[] }[] }[]>(portal, 'GET', '/request-types');
    const billing = types.body.find((t) => t.key === 'billing');
    const topic = billing?.fields.find((f) => f.type === 'select');
    const count = billing?.fields.find((f) => f.type === 'number');
    const option = topic?.options?.[1];
    if (!topic || !count || !option) throw new Error('billing needs a choice (radio buttons) and a number field');
    const created = await call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(),
      body: { requestTypeId: 'rt-billing', fields: { summary: 'Lizenzen', [topic.id]: option.value, [count.id]: '3' }, context: { pageUrl: 'https://app.example/abrechnung', appVersion: '4.2' } },
    });
    expect(created.status).toBe(201);
    expect(sim.issue(created.body.key)?.customFields).toMatchObject({ [topic.id]: option.value, [count.id]: 3 });
    expect(sim.issue(created.body.key)?.description).toMatch(/Seite: https:\/\/app.example\/abrechnung[\s\S]*App-Version: 4.2/);
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.fields).toContainEqual({ id: topic.id, label: topic.label, value: option.label });
    expect(detail.body.context).toEqual({ pageUrl: 'https://app.example/abrechnung', appVersion: '4.2' });
    expect(detail.body.fields.find((f) => f.id === 'description')).toBeUndefined();
  });

  it("a long description with the whole context fits Jira's 32,767 characters: the last context lines give way; the widget keeps all", async () => {
    const context = { pageUrl: `https://app.example/${'p'.repeat(2_000)}`, userAgent: 'u'.repeat(1_000), appVersion: '4.2', extra: { notes: 'x'.repeat(8_000) } };
    const description = 'Langer Bericht. '.repeat(1_875);
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Sehr lang', { description }), context } });
    expect(created.status).toBe(201);
    const stored = sim.issue(created.body.key)?.description ?? '';
    expect(stored.length).toBeLessThanOrEqual(32_767);
    expect(stored.startsWith(description.trimEnd())).toBe(true);
    expect(stored).toMatch(/Seite: https:\/\/app\.example\/p+\n[\s\S]*MedSupport-Ref: [0-9a-f]{24}$/);
    expect(stored).toContain('App-Version: 4.2');
    expect(stored).not.toContain('Browser: ');
    expect(stored).not.toContain('Weitere Angaben');
    expect((await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna })).body.context).toEqual(context);
  });
});

describe('attachments', () => {
  it('files of a request type without the Attachment field follow the create, and show with the request', async () => {
    const bare = await startJsmTestPortal({ simOptions: { requestTypesWithoutAttachment: ['10'] } });
    try {
      const file = await upload(bare, anna, 'protokoll.txt', 'Fehlerprotokoll');
      const created = await call<RequestDetail>(bare, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Datei ohne Anhangfeld'), attachments: [file] } });
      expect(created.status).toBe(201);
      expect(created.body.activity[0]?.attachments?.map((a) => a.name)).toEqual(['protokoll.txt']);
      expect(bare.sim.issue(created.body.key)?.attachmentIds).toHaveLength(1);
      const detail = await call<RequestDetail>(bare, 'GET', `/requests/${created.body.key}`, { token: markus });
      expect(detail.body.activity.map((a) => [a.type, a.attachments?.map((f) => f.name)])).toEqual([['created', ['protokoll.txt']]]);
      expect(bare.sim.violations).toEqual([]);
    } finally {
      await bare.dispose();
    }
  });

  it('files sent with a create show and download where JSM names the customer as their author', async () => {
    const site = await startJsmTestPortal({ simOptions: { createAttachmentsBy: 'reporter' } });
    try {
      const file = await upload(site, anna, 'kunde.txt', 'Vom Kunden');
      const created = await call<RequestDetail>(site, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Anhang vom Kunden'), attachments: [file] } });
      expect(created.status).toBe(201);
      const detail = await call<RequestDetail>(site, 'GET', `/requests/${created.body.key}`, { token: markus });
      const files = detail.body.activity.find((a) => a.type === 'created')?.attachments ?? [];
      expect(files.map((f) => f.name)).toEqual(['kunde.txt']);
      const download = await fetch(`${site.apiUrl}/attachments/${files[0]?.id ?? ''}`, { headers: { Authorization: `Bearer ${markus}` } });
      expect(download.status).toBe(200);
      expect(await download.text()).toBe('Vom Kunden');
      expect(site.sim.violations).toEqual([]);
    } finally {
      await site.dispose();
    }
  });

  it("a later file of the reporter's account outside a public comment is not shown: the account may also be an agent's", async () => {
    let clock = Date.now();
    const site = await startJsmTestPortal({ simOptions: { createAttachmentsBy: 'reporter', now: () => clock } });
    try {
      const created = await call<RequestDetail>(site, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Später intern') });
      const reporter = site.sim.issue(created.body.key)?.reporterId;
      clock += 5 * 60_000;
      await site.sim.agentComment(created.body.key, { body: 'Notiz', internal: true, author: reporter, attachment: { name: 'intern.txt', mimeType: 'text/plain', data: new TextEncoder().encode('intern') } });
      const detail = await call<RequestDetail>(site, 'GET', `/requests/${created.body.key}`, { token: anna });
      expect(detail.body.activity.flatMap((a) => a.attachments ?? []).map((f) => f.name)).toEqual([]);
      const [attachmentId] = site.sim.issue(created.body.key)?.attachmentIds ?? [];
      const download = await fetch(`${site.apiUrl}/attachments/j.${created.body.key}.${attachmentId ?? ''}`, { headers: { Authorization: `Bearer ${anna}` } });
      expect(download.status).toBe(404);
      expect(site.sim.violations).toEqual([]);
    } finally {
      await site.dispose();
    }
  });

  it('files that follow a create are not sent again when the answer was lost but JSM attached them', async () => {
    const bare = await startJsmTestPortal({ simOptions: { requestTypesWithoutAttachment: ['10'] } });
    try {
      const file = await upload(bare, anna, 'verloren.txt', 'Protokoll');
      bare.sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request\/[^/]+\/attachment$/ } });
      bare.sim.resetCalls();
      const created = await call<RequestDetail>(bare, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Antwort verloren'), attachments: [file] } });
      expect(created.status).toBe(201);
      expect(bare.sim.issue(created.body.key)?.attachmentIds).toHaveLength(1);
      expect(bare.sim.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/attachment'))).toHaveLength(1);
      expect(bare.sim.violations).toEqual([]);
    } finally {
      await bare.dispose();
    }
  });

  it('files that follow a create are sent by the retry when the create answer was lost before them, once for parallel retries', async () => {
    const bare = await startJsmTestPortal({ simOptions: { requestTypesWithoutAttachment: ['10'] } });
    try {
      const file = await upload(bare, anna, 'nachgereicht.txt', 'Protokoll');
      bare.sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request$/ } });
      const key = newKey();
      const send = () => call<RequestDetail>(bare, 'POST', '/requests', { token: anna, idempotencyKey: key, body: { ...bugRequest('Datei nachgereicht'), attachments: [file] } });
      expect((await send()).status).toBe(503);
      const retries = await Promise.all([send(), send(), send()]);
      expect(retries.map((r) => r.status)).toEqual([201, 201, 201]);
      expect(bare.sim.issue(retries[0]!.body.key)?.attachmentIds).toHaveLength(1);
      const detail = await call<RequestDetail>(bare, 'GET', `/requests/${retries[0]!.body.key}`, { token: markus });
      expect(detail.body.activity.flatMap((a) => a.attachments ?? []).map((f) => f.name)).toEqual(['nachgereicht.txt']);
      expect(bare.sim.violations).toEqual([]);
    } finally {
      await bare.dispose();
    }
  });

  it('files that follow a create whose answer was lost reach JSM also when the widget never retries', async () => {
    const bare = await startJsmTestPortal({ simOptions: { requestTypesWithoutAttachment: ['10'] } });
    try {
      const file = await upload(bare, anna, 'ohne-wiederholung.txt', 'Protokoll');
      bare.sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request$/ } });
      const key = newKey();
      const send = () => call<RequestDetail>(bare, 'POST', '/requests', { token: anna, idempotencyKey: key, body: { ...bugRequest('Nie wiederholt'), attachments: [file] } });
      expect((await send()).status).toBe(503);
      const created = () => bare.sim.issues().find((i) => i.summary === 'Nie wiederholt');
      await expect.poll(() => created()?.attachmentIds.length, { timeout: 10_000, interval: 250 }).toBe(1);
      // A retry coming late gets the request the gateway finished.
      const late = await send();
      expect(late.status).toBe(201);
      expect(late.body.key).toBe(created()?.key);
      expect(bare.sim.issues().filter((i) => i.summary === 'Nie wiederholt')).toHaveLength(1);
    } finally {
      await bare.dispose();
    }
  }, 20_000);

  it("a reply's files beyond the comment's first page of attachments show, and download", async () => {
    const small = await startJsmTestPortal({ simOptions: { pageCap: 2 } });
    try {
      const ids: string[] = [];
      for (const name of ['eins.txt', 'zwei.txt', 'drei.txt']) ids.push(await upload(small, anna, name, `Inhalt ${name}`));
      const created = await call<RequestDetail>(small, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Drei Dateien') });
      expect((await call(small, 'POST', `/requests/${created.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Hier alle drei', attachments: ids } })).status).toBe(201);
      const detail = await call<RequestDetail>(small, 'GET', `/requests/${created.body.key}`, { token: markus });
      const files = detail.body.activity.find((a) => a.type === 'comment')?.attachments ?? [];
      expect(files.map((f) => f.name).sort()).toEqual(['drei.txt', 'eins.txt', 'zwei.txt']);
      const third = files.find((f) => f.name === 'drei.txt');
      const download = await fetch(`${small.apiUrl}/attachments/${third?.id ?? ''}`, { headers: { Authorization: `Bearer ${markus}` } });
      expect(download.status).toBe(200);
      expect(await download.text()).toBe('Inhalt drei.txt');
      expect(small.sim.violations).toEqual([]);
    } finally {
      await small.dispose();
    }
  });
});

describe('status names', () => {
  it('a German reader sees one name for a status in the list and on the page', async () => {
    for (const status of ['In progress', 'Waiting for customer', 'Resolved']) {
      const request = await create(anna, `Ein Name (${status})`);
      await sim.transition(request.body.key, status);
      const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: anna });
      const list = await call<RequestList>(portal, 'GET', '/requests?status=all&limit=100', { token: anna });
      expect(list.body.items.find((item) => item.key === request.body.key)?.status.name, status).toBe(detail.body.status.name);
    }
  });
});

describe('replies and the status', () => {
  it('a reply to a request waiting for the customer still hands it back when a slow JSM used the call\'s time up on the reply', async () => {
    const request = await create(anna, 'Langsam zurück an den Support');
    await sim.transition(request.body.key, 'Waiting for customer');
    // The issue read and the comment take most of the widget call's 12 s; the hand-back's two calls are slow too.
    sim.fault({ kind: 'latency', ms: 4_500, times: 1, match: { method: 'GET', path: new RegExp(`/rest/api/3/issue/${request.body.key}$`) } });
    sim.fault({ kind: 'latency', ms: 4_500, times: 1, match: { method: 'POST', path: /\/comment$/ } });
    sim.fault({ kind: 'latency', ms: 3_500, times: 1, match: { method: 'GET', path: /\/transition$/ } });
    const reply = await call(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Geht immer noch nicht' } });
    expect(reply.status).toBe(201);
    const status = async () => (await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: anna })).body.status.id;
    await expect.poll(status, { timeout: 15_000, interval: 500 }).toBe('waiting_for_support');
  }, 30_000);

  it('a closed request refuses replies (409 request-closed); a reply to a resolved one or one waiting for the customer hands it back', async () => {
    const closed = await create(anna, 'Geschlossen');
    await sim.transition(closed.body.key, 'Closed');
    const refused = await call<Problem>(portal, 'POST', `/requests/${closed.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Noch eine Frage' } });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/request-closed$/);
    expect(sim.issue(closed.body.key)?.comments).toEqual([]);

    for (const status of ['Resolved', 'Waiting for customer']) {
      const request = await create(anna, `Zurück an den Support (${status})`);
      await sim.transition(request.body.key, status);
      const reply = await call(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Geht doch nicht' } });
      expect(reply.status).toBe(201);
      const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: anna });
      expect(detail.body.status).toMatchObject({ id: 'waiting_for_support', category: 'open' });
    }
  });
});

describe('visitors', () => {
  it('a visitor’s request is raised for their e-mail, with its attachment, and becomes their practice’s once the host identifies them', async () => {
    const open = await startJsmTestPortal({ sim, allowAnonymous: true });
    try {
      const form = new FormData();
      form.append('file', new Blob(['Fehlerprotokoll'], { type: 'text/plain' }), 'protokoll.txt');
      const upload = await fetch(`${open.apiUrl}/attachments`, { method: 'POST', body: form });
      const file = (await upload.json()) as { id: string };
      const created = await call<RequestDetail>(open, 'POST', '/requests', {
        idempotencyKey: newKey(), body: { ...bugRequest('Als Besucherin'), attachments: [file.id], email: 'bea@praxis-bea.example', name: 'Bea Besucher' },
      });
      expect(created.status).toBe(201);
      expect(created.body.activity[0]?.attachments?.map((a) => a.name)).toEqual(['protokoll.txt']);
      const issue = sim.issue(created.body.key);
      expect(sim.customers().find((c) => c.accountId === issue?.reporterId)?.emailAddress).toBe('bea@praxis-bea.example');
      expect(issue?.organizationIds).toEqual([]);

      const { signToken, DEMO_JWT_SECRET } = await import('../../server/index.js');
      const bea = await signToken(DEMO_JWT_SECRET, { sub: 'u-bea', email: 'bea@praxis-bea.example', name: 'Bea Besucher', org: 'org-bea', org_name: 'Praxis Bea' });
      // Search has not caught up with the adoption: the list reconciles it.
      sim.searchLagMs = 60_000;
      const mine = await call<RequestList>(open, 'GET', '/requests?status=all', { token: bea });
      expect(mine.body.items.map((i) => i.key)).toEqual([created.body.key]);
      const detail = await call<RequestDetail>(open, 'GET', `/requests/${created.body.key}`, { token: bea });
      const attachment = detail.body.activity[0]?.attachments?.[0];
      const download = await fetch(`${open.apiUrl}${attachment?.url}`, { headers: { Authorization: `Bearer ${bea}` } });
      expect(await download.text()).toBe('Fehlerprotokoll');
    } finally {
      await open.dispose();
    }
  });
});

describe('visibility', () => {
  it('sets the Organizations field afterwards where the request type does not carry it', async () => {
    const bare = await startJsmTestPortal({ simOptions: { organizationsFieldOnRequestTypes: false } });
    try {
      const created = await call<RequestDetail>(bare, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Ohne Organisationsfeld') });
      expect(created.status).toBe(201);
      expect(bare.sim.issue(created.body.key)?.organizationIds).toHaveLength(1);
      const colleague = await call<RequestList>(bare, 'GET', '/requests?ownership=organization&status=all', { token: markus });
      expect(colleague.body.items.map((i) => i.key)).toContain(created.body.key);
      expect(bare.sim.violations).toEqual([]);
    } finally {
      await bare.dispose();
    }
  });

  it('shares a request with the practice also when the create or the share that follows it lost its answer', async () => {
    const bare = await startJsmTestPortal({ simOptions: { organizationsFieldOnRequestTypes: false } });
    try {
      const send = (summary: string, key: string) => call<RequestDetail>(bare, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest(summary) });
      const faults = [
        { kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request$/ } },
        { kind: 'status', status: 503, times: 1000, retryAfter: 30, match: { method: 'PUT', path: /^\/rest\/api\/3\/issue\/[^/]+$/ } },
      ] as const;
      for (const [i, fault] of faults.entries()) {
        const key = newKey();
        bare.sim.fault(fault);
        expect((await send(`Verloren geteilt ${i}`, key)).status).toBe(503);
        bare.sim.clearFaults();
        const retry = await send(`Verloren geteilt ${i}`, key);
        expect(retry.status).toBe(201);
        expect(bare.sim.issue(retry.body.key)?.organizationIds).toHaveLength(1);
        const colleague = await call<RequestList>(bare, 'GET', '/requests?ownership=organization&status=all', { token: markus });
        expect(colleague.body.items.map((item) => item.key)).toContain(retry.body.key);
      }
      expect(bare.sim.violations).toEqual([]);
    } finally {
      await bare.dispose();
    }
  });

  it("another practice's request is invisible in lists, detail, comments and downloads", async () => {
    const own = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Nur für Berger') });
    await sim.agentComment(own.body.key, { body: 'Antwort mit Datei', internal: false, attachment: { name: 'log.txt', mimeType: 'text/plain', data: new TextEncoder().encode('log') } });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${own.body.key}`, { token: anna });
    const attachment = detail.body.activity.flatMap((a) => a.attachments ?? [])[0];
    expect(attachment?.name).toBe('log.txt');

    const list = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&limit=100', { token: lena });
    expect(list.body.items.map((i) => i.key)).not.toContain(own.body.key);
    const missing = await call<Problem>(portal, 'GET', '/requests/MED-999999', { token: lena });
    const foreign = await call<Problem>(portal, 'GET', `/requests/${own.body.key}`, { token: lena });
    expect(foreign.status).toBe(404);
    expect(foreign.text).toBe(missing.text);
    const comment = await call(portal, 'POST', `/requests/${own.body.key}/comments`, { token: lena, idempotencyKey: newKey(), body: { body: 'Hallo?' } });
    expect(comment.status).toBe(404);
    expect(sim.issue(own.body.key)?.comments.map((c) => c.body)).not.toContain(expect.stringContaining('Hallo?'));
    const download = await fetch(`${portal.apiUrl}${attachment?.url}`, { headers: { Authorization: `Bearer ${lena}` } });
    expect(download.status).toBe(404);
    const allowed = await fetch(`${portal.apiUrl}${attachment?.url}`, { headers: { Authorization: `Bearer ${markus}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toBe('log');
    expect(allowed.headers.get('content-disposition')).toContain('log.txt');
  });

  it('shows and serves a file attached in JSM under a cleaned name; one JSM refuses for good is not found', async () => {
    const own = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Datei vom Support') });
    const name = '../Befund "final"\r\n.txt';
    await sim.agentComment(own.body.key, { body: 'Hier die Datei', internal: false, attachment: { name, mimeType: 'text/plain', data: new TextEncoder().encode('Befund') } });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${own.body.key}`, { token: anna });
    const attachment = detail.body.activity.flatMap((a) => a.attachments ?? [])[0];
    expect(attachment?.name).toBe('Befund final.txt');
    const download = await fetch(`${portal.apiUrl}${attachment?.url}`, { headers: { Authorization: `Bearer ${anna}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Befund final.txt"; filename*=UTF-8''Befund%20final.txt`);
    await download.body?.cancel();

    sim.fault({ kind: 'status', status: 403, times: 1, match: { path: /\/attachment\/content\// } });
    const refused = await fetch(`${portal.apiUrl}${attachment?.url}`, { headers: { Authorization: `Bearer ${anna}` } });
    expect(refused.status).toBe(404);
    expect(refused.headers.get('retry-after')).toBeNull();
  });

  it('internal comments and their attachments never reach the customer, nor count as unread', async () => {
    const request = await create(anna, 'Interne Notiz');
    await sim.agentComment(request.body.key, { body: 'GEHEIM: Kunde zahlt nicht', internal: true, attachment: { name: 'intern.txt', mimeType: 'text/plain', data: new TextEncoder().encode('geheim') } });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: anna });
    expect(detail.text).not.toContain('GEHEIM');
    expect(detail.text).not.toContain('intern.txt');
    expect(detail.body.lastAgentActivityAt).toBeNull();
    const list = await call<RequestList>(portal, 'GET', '/requests?status=all&limit=100', { token: anna });
    expect(list.body.items.find((i) => i.key === request.body.key)?.lastAgentActivityAt).toBeNull();
    const internal = sim.issue(request.body.key)?.attachmentIds[0];
    const guess = await call(portal, 'GET', `/attachments/j.${request.body.key}.${internal}`, { token: anna });
    expect(guess.status).toBe(404);
    const byText = await call<RequestList>(portal, 'GET', '/requests?status=all&q=GEHEIM', { token: anna });
    expect(byText.body.items).toEqual([]);
  });

  it("an agent's public reply shows as the support team's, and as unread in the list", async () => {
    const request = await create(anna, 'Öffentliche Antwort');
    await sim.agentComment(request.body.key, { body: 'Bitte starten Sie neu.', internal: false });
    const list = await call<RequestList>(portal, 'GET', '/requests?status=all&limit=100', { token: anna });
    const item = list.body.items.find((i) => i.key === request.body.key);
    expect(item?.lastAgentActivityAt).not.toBeNull();
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: anna });
    const reply = detail.body.activity.find((a) => a.body === 'Bitte starten Sie neu.');
    expect(reply?.author.isAgent).toBe(true);
  });

  it("a customer's reply names the customer for agents in JSM and shows the customer as its author in the widget", async () => {
    const request = await create(anna, 'Antwort der Kundin');
    const reply = await call<ActivityItem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Danke, geht wieder.' } });
    expect(reply.status).toBe(201);
    expect(reply.body.author).toEqual({ name: 'Dr. Anna Berger', isAgent: false });
    expect(reply.body.body).toBe('Danke, geht wieder.');
    const inJsm = sim.issue(request.body.key)?.comments.at(-1);
    expect(inJsm?.internal).toBe(false);
    expect(inJsm?.body.split('\n')[0]).toContain('Dr. Anna Berger');
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: markus });
    expect(detail.body.activity.at(-1)).toMatchObject({ type: 'comment', body: 'Danke, geht wieder.', author: { name: 'Dr. Anna Berger', isAgent: false } });
  });

  it('JQL-looking input in q never widens a list', async () => {
    await create(lena, 'Drucker am See');
    await create(anna, 'Drucker in Berlin');
    const inputs = ['Drucker" OR project = MED OR summary ~ "Drucker', 'Drucker\\" OR reporter is not EMPTY', ') OR (project = MED', 'x ORDER BY created', 'Drucker~', '"\n OR project = MED', '*', 'Drucker AND NOT x'];
    for (const q of inputs) {
      const response = await call<RequestList>(portal, 'GET', `/requests?ownership=organization&status=all&limit=100&q=${encodeURIComponent(q)}`, { token: anna });
      expect(response.status, q).toBe(200);
      expect(response.body.items.map((i) => i.summary), q).not.toContain('Drucker am See');
    }
    const plain = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&q=Drucker', { token: anna });
    expect(plain.body.items.map((i) => i.summary)).toContain('Drucker in Berlin');
  });
});

describe('exactly once', () => {
  const dropNextCreate = () => sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request$/ } });

  it('a create whose answer was lost, retried with the same key, is one JSM request with one answer', async () => {
    dropNextCreate();
    const key = newKey();
    const first = await create(anna, 'Verlorene Antwort', key);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBeTruthy();
    expect(issuesNamed('Verlorene Antwort')).toHaveLength(1);
    const retry = await create(anna, 'Verlorene Antwort', key);
    const again = await create(anna, 'Verlorene Antwort', key);
    expect(retry.status).toBe(201);
    expect(again.text).toBe(retry.text);
    expect(retry.body.key).toBe(issuesNamed('Verlorene Antwort')[0]?.key);
    expect(issuesNamed('Verlorene Antwort')).toHaveLength(1);
  });

  it('while search does not show the request yet, a retry is 409 in progress, never a second create', async () => {
    sim.searchLagMs = 1_500;
    dropNextCreate();
    const key = newKey();
    expect((await create(anna, 'Noch nicht sichtbar', key)).status).toBe(503);
    const early = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Noch nicht sichtbar') });
    expect(early.status).toBe(409);
    expect(early.body.type).toMatch(/idempotency-in-progress$/);
    expect(early.headers.get('retry-after')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await create(anna, 'Noch nicht sichtbar', key)).status).toBe(201);
    expect(issuesNamed('Noch nicht sichtbar')).toHaveLength(1);
  });

  it('a retry just after the consistency window searches once more before sending again, also right after a search: one request', async () => {
    // The window is 3 s here; search shows the request after 2.9 s.
    sim.searchLagMs = 2_900;
    dropNextCreate();
    const key = newKey();
    const send = () => call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Knapp nach dem Fenster') });
    const started = Date.now();
    expect((await send()).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 2_200 - (Date.now() - started))));
    expect((await send()).status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 3_200 - (Date.now() - started))));
    expect((await send()).status).toBe(201);
    expect(issuesNamed('Knapp nach dem Fenster')).toHaveLength(1);
  });

  it('a retry sent to a second gateway process sharing the state store while the first still uploads waits (409): one request', async () => {
    const second = await startJsmTestPortal({ sim, dbPath: path.join(portal.dir, 'portal.sqlite'), attachmentsDir: path.join(portal.dir, 'attachments') });
    try {
      const file = await upload(portal, anna, 'langsam.txt', 'Langsam hochgeladen');
      sim.fault({ kind: 'latency', ms: 1_500, times: 1, match: { path: /attachTemporaryFile$/ } });
      const key = newKey();
      const body = { ...bugRequest('Zwei Prozesse, ein Schlüssel'), attachments: [file] };
      const first = call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body });
      await new Promise((resolve) => setTimeout(resolve, 400));
      const meanwhile = await call<Problem>(second, 'POST', '/requests', { token: anna, idempotencyKey: key, body });
      expect(meanwhile.status).toBe(409);
      expect((await first).status).toBe(201);
      const after = await call<RequestDetail>(second, 'POST', '/requests', { token: anna, idempotencyKey: key, body });
      expect(after.status).toBe(201);
      expect(after.body.key).toBe((await first).body.key);
      expect(issuesNamed('Zwei Prozesse, ein Schlüssel')).toHaveLength(1);
    } finally {
      await second.dispose();
    }
  });

  it('ten parallel retries after a lost answer: one JSM request, every 201 the same', async () => {
    dropNextCreate();
    const key = newKey();
    await create(anna, 'Zehn Wiederholungen', key);
    const answers = await Promise.all(Array.from({ length: 10 }, () => create(anna, 'Zehn Wiederholungen', key)));
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created.map((a) => a.text)).size).toBe(1);
    expect(issuesNamed('Zehn Wiederholungen')).toHaveLength(1);
  });

  it('a gateway restart between the lost answer and the retry still ends with one request', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'medsupport-restart-'));
    const options = { sim, dbPath: path.join(dir, 'state.sqlite') };
    const before = await startJsmTestPortal(options);
    const key = newKey();
    dropNextCreate();
    expect((await call(before, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Neustart dazwischen') })).status).toBe(503);
    await before.dispose();
    const after = await startJsmTestPortal(options);
    try {
      const retry = await call<RequestDetail>(after, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Neustart dazwischen') });
      expect(retry.status).toBe(201);
      expect(issuesNamed('Neustart dazwischen')).toHaveLength(1);
    } finally {
      await after.dispose();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('a create JSM refused before doing anything (429) is sent again after Retry-After, once created', async () => {
    sim.fault({ kind: 'status', status: 429, times: 1, retryAfter: 1, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request$/ } });
    const sent = sim.calls.length;
    expect((await create(anna, 'Erst abgewiesen')).status).toBe(201);
    expect(issuesNamed('Erst abgewiesen')).toHaveLength(1);
    const creates = sim.calls.slice(sent).filter((c) => c.method === 'POST' && c.path === '/rest/servicedeskapi/request');
    expect(creates.map((c) => c.status)).toEqual([429, 201]);
  });

  it('a create JSM keeps refusing (429) past the deadline is a 503, and the widget’s retry after the Retry-After creates it once', async () => {
    // Just beyond the widget call's 12 s: until it has passed, no create of anyone's is sent to JSM.
    sim.fault({ kind: 'status', status: 429, times: 1, retryAfter: 13, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request$/ } });
    const creates = () => sim.calls.filter((c) => c.method === 'POST' && c.path === '/rest/servicedeskapi/request').length;
    const before = creates();
    const key = newKey();
    const first = await create(anna, 'Lange abgewiesen', key);
    expect(first.status).toBe(503);
    expect(Number(first.headers.get('retry-after'))).toBe(13);
    expect((await create(anna, 'Lange abgewiesen', key)).status).toBe(503);
    expect(creates() - before).toBe(1);
    expect(issuesNamed('Lange abgewiesen')).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 13_000));
    expect((await create(anna, 'Lange abgewiesen', key)).status).toBe(201);
    expect(issuesNamed('Lange abgewiesen')).toHaveLength(1);
  }, 30_000);

  it('a reply whose answer was lost, to a request waiting for the customer, still hands it back to support', async () => {
    const request = await create(anna, 'Wartet, Antwort verloren');
    await sim.transition(request.body.key, 'Waiting for customer');
    sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /\/comment$/ } });
    const key = newKey();
    const reply = () => call<ActivityItem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: key, body: { body: 'Hier die Antwort' } });
    expect((await reply()).status).toBe(503);
    expect((await reply()).status).toBe(201);
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: anna });
    expect(detail.body.status.id).toBe('waiting_for_support');
  });

  it('a reply with a file whose answer was lost: the retry finding it removes the gateway\'s copy of the file, as the answer would have', async () => {
    const request = await create(anna, 'Antwort mit Datei verloren');
    const file = await upload(portal, anna, 'beleg.txt', 'Beleg');
    sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /\/attachment$/ } });
    const key = newKey();
    const reply = () => call<ActivityItem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: key, body: { body: 'Mit Beleg', attachments: [file] } });
    expect((await reply()).status).toBe(503);
    expect((await call(portal, 'GET', `/attachments/${file}`, { token: anna })).status).toBe(200);
    expect((await reply()).status).toBe(201);
    expect((await call(portal, 'GET', `/attachments/${file}`, { token: anna })).status).toBe(404);
  });

  it('a reply JSM saves only after the gateway stopped waiting for its answer is one comment, also for a retry 10 s later', async () => {
    const request = await create(anna, 'Spät gespeichert');
    // JSM takes longer than the gateway's 8 s per call, then saves the comment all the same.
    sim.fault({ kind: 'latency', ms: 11_000, times: 1, match: { method: 'POST', path: /\/comment$/ } });
    const key = newKey();
    const reply = () => call<ActivityItem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: key, body: { body: 'Spät, aber einmal' } });
    const started = Date.now();
    expect((await reply()).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 10_300 - (Date.now() - started)));
    expect((await reply()).status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 11_500 - (Date.now() - started)));
    expect((await reply()).status).toBe(201);
    expect(sim.issue(request.body.key)?.comments.filter((c) => c.body.includes('Spät, aber einmal'))).toHaveLength(1);
  }, 30_000);

  it('a reply whose answer was lost is one comment', async () => {
    const request = await create(anna, 'Antwort verloren');
    sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /\/comment$/ } });
    const key = newKey();
    const first = await call(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: key, body: { body: 'Einmal bitte' } });
    expect(first.status).toBe(503);
    const retry = await call<ActivityItem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: key, body: { body: 'Einmal bitte' } });
    expect(retry.status).toBe(201);
    expect(retry.body.body).toBe('Einmal bitte');
    expect(sim.issue(request.body.key)?.comments.filter((c) => c.body.includes('Einmal bitte'))).toHaveLength(1);
  });
});

describe('an operator replacing the service account', () => {
  it('keeps the replies written under the former one the customers\', not the support team\'s; what it writes later is a person\'s', async () => {
    const created = await create(anna, 'Vor dem Kontowechsel');
    expect((await call(portal, 'POST', `/requests/${created.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Noch eine Frage' } })).status).toBe(201);
    // Another token, another account: JSM answers `myself` with another accountId.
    const site = await rewritingSite(sim.url, (where, body) => (where.endsWith('/rest/api/3/myself') ? { ...(body as object), accountId: 'sa-0002' } : body));
    const replaced = await startJsmTestPortal({ sim, dbPath: path.join(portal.dir, 'portal.sqlite'), gateway: { siteUrl: site.url } });
    try {
      const page = await call<RequestDetail>(replaced, 'GET', `/requests/${created.body.key}`, { token: anna });
      const reply = page.body.activity.find((a) => a.type === 'comment');
      expect(reply).toMatchObject({ author: { name: 'Dr. Anna Berger', isAgent: false }, body: 'Noch eine Frage' });
      expect(page.body.lastAgentActivityAt).toBeNull();
      expect(replaced.logs).toContainEqual(expect.stringContaining('also wrote under the service accounts sa-0001'));
      // The operator's own account, which the gateway ran as at first, now answers as an agent in JSM.
      const answer = await asServiceAccount(sim, `/rest/servicedeskapi/request/${created.body.key}/comment`, { method: 'POST', json: { body: 'Antwort vom Kollegen', public: true } });
      expect(answer.status).toBe(201);
      const later = await call<RequestDetail>(replaced, 'GET', `/requests/${created.body.key}`, { token: anna });
      expect(later.body.activity.find((a) => a.body === 'Antwort vom Kollegen')?.author.isAgent).toBe(true);
      expect(later.body.lastAgentActivityAt).not.toBeNull();
    } finally {
      await replaced.dispose();
      await site.close();
    }
  });
});

describe('readiness', () => {
  it('/readyz says when JSM refuses the credentials, and is ready again once JSM accepts them; /healthz stays up', async () => {
    let revoked = false;
    const site = await jsmSiteInFront(sim.url, async (c) => (revoked ? new Response('{}', { status: 401, headers: { 'Content-Type': 'application/json' } }) : c.upstream()));
    const gateway = await startJsmTestPortal({ sim, gateway: { siteUrl: site.url } });
    try {
      const ready = async () => {
        const answer = await fetch(`${gateway.url}/readyz`);
        return { status: answer.status, body: (await answer.json()) as { ok: boolean; reason?: string } };
      };
      expect(await ready()).toEqual({ status: 200, body: { ok: true } });
      revoked = true;
      expect((await call(gateway, 'GET', '/requests', { token: anna })).status).toBe(503);
      expect(await ready()).toEqual({ status: 503, body: { ok: false, reason: "JSM refuses the service account's credentials (JSM_EMAIL, JSM_API_TOKEN)" } });
      expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
      revoked = false;
      expect((await call(gateway, 'GET', '/requests', { token: anna })).status).toBe(200);
      expect((await ready()).status).toBe(200);
    } finally {
      await gateway.dispose();
      await site.close();
    }
  });
});

describe('readiness with a permission refused', () => {
  it('/readyz stays ready but names the permission JSM refused, which no retry cures', async () => {
    const ready = async () => (await (await fetch(`${portal.url}/readyz`)).json()) as { ok: boolean; warning?: string };
    sim.fault({ kind: 'status', status: 403, times: 1, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request$/ } });
    const refused = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Ohne Recht') });
    expect(refused.body.type).toMatch(/backend-permission$/);
    expect(await ready()).toEqual({ ok: true, warning: expect.stringMatching(/^the backend refused the service account at \d{4}-.*POST \/rest\/servicedeskapi\/request/) });
  });
});

describe('the shared burst budget (FACTS §10)', () => {
  it('one user reading in a flood is refused (429) before JSM is asked, then the practice; other practices read on', async () => {
    const limited = await startJsmTestPortal({ sim, rateLimits: { userReadsPerMinute: 3, practiceReadsPerMinute: 5 } });
    try {
      const read = (token: string, path = '/requests?status=all') => call<Problem>(limited, 'GET', path, { token });
      for (let i = 0; i < 3; i++) expect((await read(anna)).status).toBe(200);
      const before = sim.calls.length;
      const refused = await read(anna, '/requests/MED-1');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(sim.calls.length).toBe(before);
      expect((await read(markus)).status).toBe(200);
      expect((await read(markus, '/requests/creators')).status).toBe(200);
      expect((await read(markus)).status).toBe(429);
      expect((await read(lena)).status).toBe(200);
    } finally {
      await limited.dispose();
    }
  });
});

describe('faults', () => {
  it('reads ride out a short 429 storm, honouring Retry-After', async () => {
    await create(anna, 'Sturm');
    sim.fault({ kind: 'status', status: 429, times: 3, retryAfter: 0, match: { path: /search\/jql/ } });
    const list = await call<RequestList>(portal, 'GET', '/requests?status=all', { token: anna });
    expect(list.status).toBe(200);
    expect(sim.calls.filter((c) => c.path.endsWith('/search/jql') && c.status === 429).length).toBeGreaterThanOrEqual(3);
  });

  it('a storm longer than the budget is a 503 with Retry-After, well within the widget’s 15 s', async () => {
    sim.fault({ kind: 'status', status: 429, times: 1000, retryAfter: 3, match: { path: /search\/jql/ } });
    const started = Date.now();
    const list = await call<Problem>(portal, 'GET', '/requests?status=all', { token: anna });
    expect(list.status).toBe(503);
    expect(Number(list.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('JSM down: 503 with Retry-After, nothing created, the draft can be sent again once JSM is back', async () => {
    sim.fault({ kind: 'down' });
    const key = newKey();
    const list = await call<Problem>(portal, 'GET', '/requests?status=all', { token: anna });
    const sent = await create(anna, 'Während JSM weg war', key);
    expect(list.status).toBe(503);
    expect(sent.status).toBe(503);
    expect(sent.headers.get('retry-after')).toBeTruthy();
    sim.clearFaults();
    expect((await call(portal, 'GET', '/requests?status=all', { token: anna })).status).toBe(200);
    // A reset connection may have carried the create: the retry waits for JQL to tell (409) before sending again.
    let retry = await create(anna, 'Während JSM weg war', key);
    for (let tries = 0; retry.status === 409 && tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      retry = await create(anna, 'Während JSM weg war', key);
    }
    expect(retry.status).toBe(201);
    expect(issuesNamed('Während JSM weg war')).toHaveLength(1);
  });

  it('a slow JSM: the widget gets an answer within 15 s', async () => {
    sim.fault({ kind: 'latency', ms: 20_000, match: { path: /search\/jql/ } });
    const started = Date.now();
    const list = await call<Problem>(portal, 'GET', '/requests?status=all', { token: anna });
    expect(list.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('garbage from JSM is a 503, never a crash', async () => {
    await create(anna, 'Müll');
    sim.fault({ kind: 'garbage', times: 5, match: { path: /search\/jql/ } });
    const list = await call<Problem>(portal, 'GET', '/requests?status=all', { token: anna });
    expect(list.status).toBe(503);
    expect(list.body.type).toMatch(/backend-unavailable$/);
    sim.clearFaults();
    expect((await call(portal, 'GET', '/requests?status=all', { token: anna })).status).toBe(200);
  });
});

describe('search lagging behind writes (FACTS §4: eventually consistent, reconcileIssues)', () => {
  it("lists show the gateway's own writes at once: a new request, and the status a reply gave an older one", async () => {
    const created = await create(anna, 'Gerade gesendet');
    const annaId = sim.issue(created.body.key)?.reporterId ?? '';
    sim.loadSeed({ issues: [{ requestTypeId: '10', summary: 'Wartet auf Anna', reporterId: annaId, organizationIds: [organizationOf(sim, 'org-berger').id], status: 'Waiting for customer', created: new Date(Date.now() - 3_600_000).toISOString() }] });
    const older = sim.issues().find((i) => i.summary === 'Wartet auf Anna')?.key ?? '';
    sim.searchLagMs = 60_000;
    const statusIn = async (token: string, key: string) =>
      (await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&limit=100', { token })).body.items.find((i) => i.key === key)?.status.id;

    expect(await statusIn(anna, created.body.key)).toBe('waiting_for_support');
    expect(await statusIn(markus, created.body.key)).toBe('waiting_for_support');
    expect(await statusIn(anna, older)).toBe('waiting_for_customer');
    expect((await call(portal, 'POST', `/requests/${older}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Hier die Antwort' } })).status).toBe(201);
    expect(await statusIn(markus, older)).toBe('waiting_for_support');
  });

  it('later pages of a list reconcile the same issues as its first, as JSM asks', async () => {
    const keys: string[] = [];
    for (const n of [1, 2, 3]) keys.push((await create(lena, `Seite ${n}`)).body.key);
    sim.searchLagMs = 60_000;
    const walked = await walkPages(portal, lena, 'ownership=mine&status=all&limit=1&sort=created');
    expect(walked.slice(0, 3).map((i) => i.key)).toEqual(keys.reverse());
  });
});

describe('paging', () => {
  it('a JSM page token that has expired (FACTS §4: after 7 days) starts the search again; the next page is the same', async () => {
    for (const n of [1, 2, 3, 4, 5]) await create(lena, `Blättern ${n}`);
    const pageAt = async (cursor: string | null) =>
      (await call<RequestList>(portal, 'GET', `/requests?ownership=mine&status=all&limit=1&sort=created${cursor ? `&cursor=${cursor}` : ''}`, { token: lena })).body;
    let cursor: string | null = null;
    for (let i = 0; i < 3; i++) cursor = (await pageAt(cursor)).nextCursor;
    const decoded = JSON.parse(Buffer.from(cursor ?? '', 'base64url').toString('utf8')) as { t: string | null };
    expect(decoded.t).not.toBeNull();
    const expired = Buffer.from(JSON.stringify({ ...decoded, t: 'ZXhwaXJlZA' })).toString('base64url');
    const fresh = await pageAt(cursor);
    sim.resetCalls();
    const restarted = await pageAt(expired);
    expect(sim.calls.filter((c) => c.path.endsWith('/search/jql')).map((c) => c.status).slice(0, 2)).toEqual([400, 200]);
    expect(restarted.items.map((i) => i.key)).toEqual(fresh.items.map((i) => i.key));
    expect(restarted.items).toHaveLength(1);
  });

  it('"created by" names everyone, also where JSM puts fewer issues on a search page than asked for (FACTS §4)', async () => {
    await create(markus, 'Von Markus');
    await create(anna, 'Von Anna');
    sim.searchPageCap = 1;
    const creators = await call<{ items: { name: string }[] }>(portal, 'GET', '/requests/creators', { token: anna });
    expect(creators.body.items.map((p) => p.name)).toEqual(expect.arrayContaining(['Dr. Anna Berger', 'Markus Klein']));
  });

  it('"created by" under a slow JSM names the creators of the pages it had time for, instead of a 503 for all', async () => {
    for (const [who, summary] of [[anna, 'Langsam 1'], [markus, 'Langsam 2'], [anna, 'Langsam 3'], [markus, 'Langsam 4'], [anna, 'Langsam 5'], [markus, 'Langsam 6']] as const) await create(who, summary);
    sim.searchPageCap = 1;
    // A page of one issue each, 2.5 s a search: all of them would take longer than the widget call's 12 s.
    sim.fault({ kind: 'latency', ms: 2_500, match: { method: 'POST', path: /\/search\/jql$/ } });
    const started = Date.now();
    const creators = await call<{ items: { name: string }[] }>(portal, 'GET', '/requests/creators', { token: anna });
    expect(creators.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(creators.body.items.map((p) => p.name)).toEqual(['Dr. Anna Berger', 'Markus Klein']);
  }, 20_000);

  it('reads on past a search page that holds no issues but names a next one (FACTS §4 promises no minimum)', async () => {
    for (const summary of ['Erste', 'Zweite']) await create(anna, summary);
    await create(markus, 'Dritte');
    sim.searchPageCap = 1;
    const list = () => call<{ items: { key: string }[] }>(portal, 'GET', '/requests?status=all&limit=2', { token: anna });
    const searches = () => sim.calls.filter((c) => c.path.endsWith('/search/jql')).length;
    sim.resetCalls();
    const plain = await list();
    const plainSearches = searches();
    expect(plain.body.items).toHaveLength(2);
    sim.fault({ kind: 'empty-page', times: 1, match: { method: 'POST', path: /\/search\/jql$/ } });
    sim.resetCalls();
    const withEmpty = await list();
    // The second page came empty: the list read one page more.
    expect(searches()).toBe(plainSearches + 1);
    expect(withEmpty.body.items.map((i) => i.key)).toEqual(plain.body.items.map((i) => i.key));
    sim.fault({ kind: 'empty-page', times: 1, match: { method: 'POST', path: /\/search\/jql$/ } });
    const creators = await call<{ items: { name: string }[] }>(portal, 'GET', '/requests/creators', { token: anna });
    expect(creators.body.items.map((p) => p.name)).toEqual(expect.arrayContaining(['Dr. Anna Berger', 'Markus Klein']));
  });
});

describe('paging requests created in the same millisecond', () => {
  it("gives each once, in JSM's order, on every page (the cursor tells them apart by key)", async () => {
    const at = Date.parse('2026-12-01T09:00:00.000Z');
    const own = await startJsmSimulator({ now: () => at });
    const tied = await startJsmTestPortal({ sim: own });
    try {
      const anna = await tokenFor('anna');
      for (let i = 0; i < 7; i++) {
        expect((await call(tied, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest(`Gleichzeitig ${i}`) })).status).toBe(201);
      }
      for (const sort of ['created', 'updated']) {
        const whole = (await walkPages(tied, anna, `status=all&sort=${sort}&limit=100`)).map((r) => r.key);
        expect(whole).toHaveLength(7);
        expect((await walkPages(tied, anna, `status=all&sort=${sort}&limit=2`)).map((r) => r.key), sort).toEqual(whole);
      }
    } finally {
      await tied.dispose();
      await own.close();
    }
  });
});
