import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CreatorList, Problem, RequestDetail, RequestList } from '../../src/api/contract.js';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import { asServiceAccount, bugRequest, call, newKey, startJsmTestPortal, tokenFor, type TestPortal } from './helpers.js';
import { jsmSiteInFront } from './jsm-site.js';

// What the gateway may share with a practice when it links a person or a practice to what JSM already holds: the
// account is found by e-mail and the organization by name, so either may have requests in JSM the practice must not
// see (FACTS §4: "Alle" is every request shared with the organization).

const CARA = 'qm:sim-customer:cara';
const FOREIGN = 'qm:sim-customer:fremd';
const SHARED_ORG = '900';
const EMPTY_ORG = '901';
const OTHER_ORG = '902';

let sim: JsmSimulator;
let portal: TestPortal & { sim: JsmSimulator };

beforeAll(async () => {
  sim = await startJsmSimulator({
    seed: {
      customers: [
        { accountId: CARA, displayName: 'Cara Kunde', emailAddress: 'cara@praxis-cara.example' },
        { accountId: FOREIGN, displayName: 'Fritz Fremd', emailAddress: 'fritz@fremd.example' },
      ],
      organizations: [
        { id: SHARED_ORG, name: 'Praxis Dora' },
        { id: EMPTY_ORG, name: 'Praxis Emil' },
        { id: OTHER_ORG, name: 'Labor Fremd' },
      ],
      issues: [
        { requestTypeId: '10', summary: 'Privat per E-Mail', reporterId: CARA },
        { requestTypeId: '10', summary: 'Geteilt mit Praxis Dora', reporterId: FOREIGN, organizationIds: [SHARED_ORG] },
      ],
    },
  });
  portal = await startJsmTestPortal({ sim, allowAnonymous: true, rateLimits: { anonymousRequestsPerHour: 100 } });
});
afterAll(async () => {
  await portal.dispose();
  await sim.close();
});
afterEach(() => {
  expect(sim.violations).toEqual([]);
});

const tokenOf = (sub: string, email: string, org: string, orgName: string) => signToken(DEMO_JWT_SECRET, { sub, email, name: sub, org, org_name: orgName });
const issueNamed = (summary: string) => sim.issues().find((i) => i.summary === summary);
const allOf = async (token: string) => (await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&limit=100', { token })).body.items.map((i) => i.summary);

/** The service account shares a request with an organization, as an agent may in JSM. */
async function shareInJsm(key: string, organizationId: string): Promise<void> {
  const response = await asServiceAccount(sim, `/rest/api/3/issue/${key}`, { method: 'PUT', json: { fields: { customfield_10002: [Number(organizationId)] } } });
  expect(response.status).toBe(204);
}

describe('adopting visitor requests', () => {
  it('shares only the requests the widget raised for the visitor, not the private ones the customer already had in JSM', async () => {
    const visitor = async (summary: string) => {
      const created = await call<RequestDetail>(portal, 'POST', '/requests', {
        idempotencyKey: newKey(), body: { ...bugRequest(summary), email: 'cara@praxis-cara.example', name: 'Cara Kunde' },
      });
      expect(created.status).toBe(201);
      return created.body.key;
    };
    const adopted = await visitor('Als Besucherin');
    const sharedMeanwhile = await visitor('Vom Support geteilt');
    await shareInJsm(sharedMeanwhile, OTHER_ORG);
    // The widget found the existing customer by e-mail: all three are hers in JSM.
    expect(new Set([issueNamed('Privat per E-Mail'), sim.issue(adopted), sim.issue(sharedMeanwhile)].map((i) => i?.reporterId))).toEqual(new Set([CARA]));

    const cara = await tokenOf('u-cara', 'cara@praxis-cara.example', 'org-cara', 'Praxis Cara');
    const colleague = await tokenOf('u-carl', 'carl@praxis-cara.example', 'org-cara', 'Praxis Cara');
    // Her private request stays hers alone (FACTS §4): in her lists, not her colleague's; the one shared with
    // another organization is that practice's.
    expect((await allOf(cara)).sort()).toEqual(['Als Besucherin', 'Privat per E-Mail']);
    const caraOrg = sim.organizations().find((o) => o.name === 'Praxis Cara');
    expect(sim.issue(adopted)?.organizationIds).toEqual([caraOrg?.id]);
    expect(issueNamed('Privat per E-Mail')?.organizationIds).toEqual([]);
    expect(sim.issue(sharedMeanwhile)?.organizationIds).toEqual([OTHER_ORG]);
    expect(await allOf(colleague)).toEqual(['Als Besucherin']);
    const privateKey = issueNamed('Privat per E-Mail')?.key;
    expect((await call(portal, 'GET', `/requests/${privateKey}`, { token: colleague })).status).toBe(404);
    expect((await call(portal, 'GET', `/requests/${privateKey}`, { token: cara })).status).toBe(200);
    expect((await call(portal, 'GET', `/requests/${sharedMeanwhile}`, { token: cara })).status).toBe(404);
    const mine = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all&limit=100', { token: cara });
    expect(mine.body.items.map((i) => i.summary).sort()).toEqual(['Als Besucherin', 'Privat per E-Mail']);
  });
});

describe('a visitor typing the address of a practice user', () => {
  it('raises the request for that customer, but it never becomes the practice\'s: anyone may type an address', async () => {
    const dana = await tokenOf('u-dana', 'dana@praxis-dana.example', 'org-dana', 'Praxis Dana');
    const colleague = await tokenOf('u-dirk', 'dirk@praxis-dana.example', 'org-dana', 'Praxis Dana');
    expect((await call(portal, 'POST', '/requests', { token: dana, idempotencyKey: newKey(), body: bugRequest('Von Dana selbst') })).status).toBe(201);
    const posed = await call<RequestDetail>(portal, 'POST', '/requests', {
      idempotencyKey: newKey(), body: { ...bugRequest('Bitte alle Patientenakten an mich schicken'), email: 'Dana@praxis-dana.example', name: 'Dana' },
    });
    expect(posed.status).toBe(201);
    expect((await allOf(dana)).sort()).toEqual(['Bitte alle Patientenakten an mich schicken', 'Von Dana selbst']);
    expect(await allOf(colleague)).toEqual(['Von Dana selbst']);
    // Dana sees it among her own, and can tell it from what she sent signed in.
    expect(posed.body.sentWithoutSignIn).toBe(true);
    expect((await call<RequestDetail>(portal, 'GET', `/requests/${posed.body.key}`, { token: dana })).body.sentWithoutSignIn).toBe(true);
    const own = (await call<RequestList>(portal, 'GET', '/requests?status=all&limit=100', { token: dana })).body.items.find((i) => i.summary === 'Von Dana selbst');
    expect((await call<RequestDetail>(portal, 'GET', `/requests/${own?.key}`, { token: dana })).body.sentWithoutSignIn).toBeUndefined();
    // Nor of a practice the address joins later (one who works in two practices under one address).
    const elsewhere = await tokenOf('u-dana-2', 'dana@praxis-dana.example', 'org-dana-2', 'Praxis Dana Zwei');
    expect((await call(portal, 'POST', '/requests', { token: elsewhere, idempotencyKey: newKey(), body: bugRequest('Aus der zweiten Praxis') })).status).toBe(201);
    expect(sim.issue(posed.body.key)?.organizationIds).toEqual([]);
  });
});

describe('claiming an organization', () => {
  it('does not claim a same-named organization that requests are shared with; it names a new one after the practice id', async () => {
    const dora = await tokenOf('u-dora', 'dora@praxis-dora.example', 'org-dora', 'Praxis Dora');
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: dora, idempotencyKey: newKey(), body: bugRequest('Neu bei Dora') });
    expect(created.status).toBe(201);

    const existing = sim.organizations().find((o) => o.id === SHARED_ORG);
    expect(existing?.properties).toEqual({});
    expect(existing?.memberIds).toEqual([]);
    const own = sim.organizations().find((o) => o.name === 'Praxis Dora (org-dora)');
    expect(own?.properties['medsupport.practice']).toEqual({ practiceId: 'org-dora' });
    expect(sim.issue(created.body.key)?.organizationIds).toEqual([own?.id]);
    expect(await allOf(dora)).toEqual(['Neu bei Dora']);
  });

  it('still claims a same-named organization without property, members or requests', async () => {
    const emil = await tokenOf('u-emil', 'emil@praxis-emil.example', 'org-emil', 'Praxis Emil');
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: emil, idempotencyKey: newKey(), body: bugRequest('Neu bei Emil') });
    expect(created.status).toBe(201);
    expect(sim.organizations().find((o) => o.id === EMPTY_ORG)?.properties['medsupport.practice']).toEqual({ practiceId: 'org-emil' });
    expect(sim.issue(created.body.key)?.organizationIds).toEqual([EMPTY_ORG]);
  });

  it('gives two practices of one name that sign in at the same moment an organization each', async () => {
    const tokens = await Promise.all([
      tokenOf('u-gerd', 'gerd@zwilling-nord.example', 'org-nord', 'Praxis Zwilling'),
      tokenOf('u-hanna', 'hanna@zwilling-sued.example', 'org-sued', 'Praxis Zwilling'),
    ]);
    const created = await Promise.all(
      tokens.map((token, i) => call<RequestDetail>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest(`Zwilling ${i}`) })),
    );
    expect(created.map((c) => c.status)).toEqual([201, 201]);
    const [north, south] = created.map((c) => sim.issue(c.body.key)?.organizationIds);
    expect(north).toHaveLength(1);
    expect(south).toHaveLength(1);
    expect(north).not.toEqual(south);
    expect(await allOf(tokens[0]!)).toEqual(['Zwilling 0']);
    expect(await allOf(tokens[1]!)).toEqual(['Zwilling 1']);
  });
});

describe('changing practice', () => {
  const members = (name: string) => sim.organizations().find((o) => o.name === name)?.memberIds;
  /** Leaving is done in the background: waits until the organizations have these members. */
  const settled = async (expected: Record<string, string[]>) => {
    for (let i = 0; i < 100 && !Object.entries(expected).every(([name, ids]) => JSON.stringify(members(name)) === JSON.stringify(ids)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const [name, ids] of Object.entries(expected)) expect(members(name), name).toEqual(ids);
  };

  it("leaves the former practice's organization, so JSM's own portal no longer shows its requests", async () => {
    const atFirst = await tokenOf('u-fritz', 'fritz@praxis-fritz.example', 'org-fritz-a', 'Praxis Fritz A');
    expect((await call(portal, 'POST', '/requests', { token: atFirst, idempotencyKey: newKey(), body: bugRequest('Bei A') })).status).toBe(201);
    const later = await tokenOf('u-fritz', 'fritz@praxis-fritz.example', 'org-fritz-b', 'Praxis Fritz B');
    expect(await allOf(later)).toEqual([]);
    const fritz = sim.customers().find((c) => c.emailAddress === 'fritz@praxis-fritz.example')?.accountId ?? '';
    await settled({ 'Praxis Fritz B': [fritz], 'Praxis Fritz A': [] });
    // Back again: a member of A once more, and of B no longer.
    expect(await allOf(atFirst)).toEqual(['Bei A']);
    await settled({ 'Praxis Fritz A': [fritz], 'Praxis Fritz B': [] });
  });

  it('a refused leave is logged, names the role, keeps the membership and never the token; the user works on', async () => {
    const atFirst = await tokenOf('u-hanna', 'hanna@praxis-hanna.example', 'org-hanna-a', 'Praxis Hanna A');
    expect(await allOf(atFirst)).toEqual([]);
    const hanna = members('Praxis Hanna A')?.[0] ?? '';
    sim.fault({ kind: 'status', status: 403, times: 1, match: { method: 'DELETE', path: /\/organization\/[^/]+\/user$/ } });
    const later = await tokenOf('u-hanna', 'hanna@praxis-hanna.example', 'org-hanna-b', 'Praxis Hanna B');
    expect(await allOf(later)).toEqual([]);
    await settled({ 'Praxis Hanna B': [hanna] });
    for (let i = 0; i < 100 && !portal.logs.some((line) => line.includes('could not leave')); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const line = portal.logs.find((l) => l.includes('could not leave')) ?? '';
    expect(line).toContain('agent role');
    expect(members('Praxis Hanna A')).toEqual([hanna]);
    expect(portal.logs.join('\n')).not.toContain(sim.apiToken);
  });

  it('keeps an account two portal users share by e-mail in both practices: the other may still work there', async () => {
    const first = await tokenOf('u-gabi-1', 'empfang@praxis-gabi.example', 'org-gabi-a', 'Praxis Gabi A');
    expect(await allOf(first)).toEqual([]);
    const second = await tokenOf('u-gabi-2', 'empfang@praxis-gabi.example', 'org-gabi-b', 'Praxis Gabi B');
    expect(await allOf(second)).toEqual([]);
    const shared = sim.customers().find((c) => c.emailAddress === 'empfang@praxis-gabi.example')?.accountId ?? '';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(members('Praxis Gabi A')).toEqual([shared]);
    expect(members('Praxis Gabi B')).toEqual([shared]);
  });

  it("names the creator of a request of a shared account after the user of the reader's practice", async () => {
    const xaver = await tokenOf('u-xaver', 'team@praxis-x.example', 'org-x-a', 'Praxis X A');
    expect(await allOf(xaver)).toEqual([]);
    const xenia = await tokenOf('u-xenia', 'team@praxis-x.example', 'org-x-b', 'Praxis X B');
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: xenia, idempotencyKey: newKey(), body: bugRequest('Von Xenia') });
    expect(created.status).toBe(201);
    const page = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: xenia });
    expect(page.body.createdBy).toMatchObject({ id: 'u-xenia' });
    const listed = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&limit=100', { token: xenia });
    expect(listed.body.items.find((i) => i.key === created.body.key)?.createdBy).toMatchObject({ id: 'u-xenia' });
    const creators = await call<{ items: { id: string }[] }>(portal, 'GET', '/requests/creators', { token: xenia });
    expect(creators.body.items.map((p) => p.id)).toEqual(['u-xenia']);
  });
});

describe('addresses that are not a customer\'s', () => {
  it('a portal user given the service account\'s own address is refused, not made that account (whose requests are every practice\'s)', async () => {
    const token = await tokenOf('u-sorglos', 'Gateway@Medondo.example', 'org-sorglos', 'Praxis Sorglos');
    for (const [method, path, body] of [['GET', '/requests?status=all'], ['POST', '/requests', bugRequest('Als Gateway')]] as const) {
      const answer = await call<Problem>(portal, method, path, { token, idempotencyKey: newKey(), body });
      expect(answer.status).toBe(503);
      expect(answer.body.type).toBe('urn:medsupport:problem:backend-permission');
    }
    expect(sim.organizations().filter((o) => o.memberIds.includes('sa-0001'))).toEqual([]);
    expect(issueNamed('Als Gateway')).toBeUndefined();
  });

  it("a visitor typing the service account's address is asked for their own (422 on email), and learns nothing of whose it is", async () => {
    const answer = await call<Problem>(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('Besuch als Gateway'), email: 'gateway@medondo.example', name: 'Neugierig' } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.map((e) => e.field)).toEqual(['email']);
    expect(answer.headers.get('retry-after')).toBeNull();
    expect(JSON.stringify(answer.body)).not.toMatch(/service account|app's/);
    expect(issueNamed('Besuch als Gateway')).toBeUndefined();
  });

  it("a visitor typing an agent's address raises nothing in the agent's name, and a visitor's request tells agents the address is unconfirmed", async () => {
    const agent = sim.createAgentUser('Eva Agentin', 'eva.agentin@vendor.example');
    const answer = await call<Problem>(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('Als Agentin'), email: 'eva.agentin@vendor.example', name: 'Eva Agentin' } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.map((e) => e.field)).toEqual(['email']);
    expect(issueNamed('Als Agentin')).toBeUndefined();
    expect(sim.issues().some((i) => i.reporterId === agent)).toBe(false);
    const visitor = await call<RequestDetail>(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('Als Besucher'), email: 'bert@praxis-bert.example', name: 'Bert Besucher' } });
    expect(visitor.status).toBe(201);
    expect(issueNamed('Als Besucher')?.description).toContain('gesendet von Bert Besucher <bert@praxis-bert.example> (nicht angemeldet, Adresse nicht bestätigt)');
  });
});

describe('what JSM would refuse anyway', () => {
  it('is refused before JSM is asked, so no customer is made for it: a summary over 255 UTF-16 units, an upload not the caller\'s', async () => {
    const customers = sim.customers().length;
    sim.resetCalls();
    const emoji = await call<Problem>(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('😀'.repeat(200)), email: 'emoji@praxis-neu.example', name: 'Emma Emoji' } });
    expect(emoji.status).toBe(422);
    expect(emoji.body.errors?.map((e) => e.field)).toEqual(['fields.summary']);
    const foreign = await call<Problem>(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('Mit fremder Datei'), attachments: ['att-00000000000000000000000000'], email: 'fremd@praxis-neu.example', name: 'Fritz Fremd' } });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors?.map((e) => e.field)).toEqual(['attachments[0]']);
    expect(sim.customers()).toHaveLength(customers);
    expect(sim.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it("is refused on its own field: a multi-line field too long once escaped, a one-line field over Jira's 255 units", async () => {
    const anna = await tokenFor('anna');
    sim.resetCalls();
    const escaped = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Lange Meldung', { customfield_10101: `${'[x]'.repeat(9_000)}` }) });
    expect(escaped.status).toBe(422);
    expect(escaped.body.errors?.map((e) => e.field)).toEqual(['fields.customfield_10101']);
    const phone = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { requestTypeId: 'rt-support', fields: { summary: 'Rückruf', customfield_10107: '📞'.repeat(200) } } });
    expect(phone.status).toBe(422);
    expect(phone.body.errors?.map((e) => e.field)).toEqual(['fields.customfield_10107']);
    expect(sim.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/request'))).toEqual([]);
  });
});

describe('practice names', () => {
  it('a name with line breaks and tabs names its organization with spaces, as JQL names it in every list', async () => {
    const token = await tokenOf('u-zeile', 'zeile@praxis-zeile.example', 'org-zeile', 'Praxis\nZeile 2\t Ende ');
    expect((await call(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest('Mit Zeilenumbruch') })).status).toBe(201);
    expect(sim.organizations().map((o) => o.name)).toContain('Praxis Zeile 2 Ende');
    expect(await allOf(token)).toEqual(['Mit Zeilenumbruch']);
  });
});

describe('links an admin removed in JSM', () => {
  const raise = (token: string | undefined, summary: string, visitor?: { email: string; name: string }) =>
    call<RequestDetail>(portal, 'POST', '/requests', { ...(token ? { token } : {}), idempotencyKey: newKey(), body: { ...bugRequest(summary), ...visitor } });

  it('a deleted organization: the create JSM refused is sent again for a new one, which the practice joins and sees', async () => {
    const ida = await tokenOf('u-ida', 'ida@praxis-ida.example', 'org-ida', 'Praxis Ida');
    const colleague = await tokenOf('u-ida-2', 'jan@praxis-ida.example', 'org-ida', 'Praxis Ida');
    expect((await raise(ida, 'Vor dem Löschen')).status).toBe(201);
    expect(await allOf(colleague)).toEqual(['Vor dem Löschen']);
    const former = sim.organizations().find((o) => o.name === 'Praxis Ida');
    sim.deleteOrganization(former?.id ?? '');

    const after = await raise(ida, 'Nach dem Löschen');
    expect(after.status).toBe(201);
    const current = sim.organizations().find((o) => o.name === 'Praxis Ida');
    expect(current?.id).not.toBe(former?.id);
    expect(issueNamed('Nach dem Löschen')?.organizationIds).toEqual([current?.id]);
    expect(await allOf(colleague)).toEqual(['Nach dem Löschen']);
    // Both joined the new organization, the colleague too, although the gateway had them as members of the former.
    const accounts = ['ida@praxis-ida.example', 'jan@praxis-ida.example'].map((email) => sim.customers().find((c) => c.emailAddress === email)?.accountId);
    expect(sim.organizations().find((o) => o.id === current?.id)?.memberIds.sort()).toEqual(accounts.sort());
  });

  it('a deleted organization, then "Alle" before any create: the practice is claimed anew and the creator still sees their request', async () => {
    const eva = await tokenOf('u-eva', 'eva@praxis-eva.example', 'org-eva', 'Praxis Eva');
    expect((await raise(eva, 'Vor dem Löschen bei Eva')).status).toBe(201);
    const former = sim.organizations().find((o) => o.name === 'Praxis Eva');
    sim.deleteOrganization(former?.id ?? '');
    // JSM took the organization off the request with it; the creator's own requests are theirs all the same.
    expect(await allOf(eva)).toEqual(['Vor dem Löschen bei Eva']);
    expect(sim.organizations().find((o) => o.name === 'Praxis Eva')?.id).not.toBe(former?.id);
    expect(portal.logs.filter((line) => line.includes('answered without them'))).toEqual([]);
  });

  it('a deleted organization a new colleague is to join: claimed anew at once, not a 503 until the next check', async () => {
    const quirin = await tokenOf('u-quirin', 'quirin@praxis-quirin.example', 'org-quirin', 'Praxis Quirin');
    expect((await raise(quirin, 'Von Quirin')).status).toBe(201);
    const former = sim.organizations().find((o) => o.name === 'Praxis Quirin');
    sim.deleteOrganization(former?.id ?? '');
    const colleague = await tokenOf('u-quirin-2', 'paula@praxis-quirin.example', 'org-quirin', 'Praxis Quirin');
    const first = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all', { token: colleague });
    expect(first.status).toBe(200);
    const current = sim.organizations().find((o) => o.name === 'Praxis Quirin');
    expect(current?.id).not.toBe(former?.id);
    const paula = sim.customers().find((c) => c.emailAddress === 'paula@praxis-quirin.example')?.accountId;
    expect(current?.memberIds).toContain(paula);
  });

  it('an organization taken off the desk (or a desk the gateway serves anew): linked again, the create goes through', async () => {
    const ole = await tokenOf('u-ole', 'ole@praxis-ole.example', 'org-ole', 'Praxis Ole');
    expect((await raise(ole, 'Vor dem Abkoppeln')).status).toBe(201);
    const organization = sim.organizations().find((o) => o.name === 'Praxis Ole');
    sim.unlinkOrganization(organization?.id ?? '');
    const after = await raise(ole, 'Nach dem Abkoppeln');
    expect(after.status).toBe(201);
    expect(issueNamed('Nach dem Abkoppeln')?.organizationIds).toEqual([organization?.id]);
  });

  it('a customer removed from the closed desk: the create JSM refused is sent again once they are back', async () => {
    const visitor = { email: 'kai@praxis-kai.example', name: 'Kai Besucher' };
    expect((await raise(undefined, 'Erste Besucheranfrage', visitor)).status).toBe(201);
    const kai = sim.customers().find((c) => c.emailAddress === visitor.email)?.accountId ?? '';
    sim.removeDeskCustomer(kai);
    const again = await raise(undefined, 'Zweite Besucheranfrage', visitor);
    expect(again.status).toBe(201);
    expect(issueNamed('Zweite Besucheranfrage')?.reporterId).toBe(kai);
  });

  it('values JSM refuses come back as 422, after one more try with links checked again', async () => {
    const ida = await tokenOf('u-ida', 'ida@praxis-ida.example', 'org-ida', 'Praxis Ida');
    sim.fault({ kind: 'status', status: 400, times: 2, match: { method: 'POST', path: /\/servicedeskapi\/request$/ } });
    const refused = await raise(ida, 'Abgelehnt');
    expect(refused.status).toBe(422);
    expect(issueNamed('Abgelehnt')).toBeUndefined();
  });

  it('a refusal naming a field that is not on the form (the reporter) is one of the whole form, in JSM\'s words', async () => {
    const own = await startJsmSimulator();
    const site = await jsmSiteInFront(own.url, async (c) =>
      c.method === 'POST' && c.path.endsWith('/servicedeskapi/request')
        ? Response.json({ errorMessages: [], errors: { reporter: 'Die Person ist kein Kunde dieses Service-Desks.' } }, { status: 400 })
        : c.upstream(),
    );
    const bare = await startJsmTestPortal({ sim: own, gateway: { siteUrl: site.url } });
    try {
      const refused = await call<Problem>(bare, 'POST', '/requests', { token: await tokenFor('anna'), idempotencyKey: newKey(), body: bugRequest('Abgelehnt') });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([{ field: 'fields', message: 'reporter: Die Person ist kein Kunde dieses Service-Desks.' }]);
      expect(own.violations).toEqual([]);
    } finally {
      await bare.dispose();
      await site.close();
      await own.close();
    }
  });
});

describe('a user the host app gives another e-mail address', () => {
  it('raises new requests for the customer of the new address; the old account leaves the practice; all stay theirs', async () => {
    const before = await tokenOf('u-mia', 'mia@alt.example', 'org-mia', 'Praxis Mia');
    const colleague = await tokenOf('u-mia-2', 'ole@praxis-mia.example', 'org-mia', 'Praxis Mia');
    expect((await call(portal, 'POST', '/requests', { token: before, idempotencyKey: newKey(), body: bugRequest('Mit alter Adresse') })).status).toBe(201);
    const old = sim.customers().find((c) => c.emailAddress === 'mia@alt.example')?.accountId ?? '';

    const after = await tokenOf('u-mia', 'mia@neu.example', 'org-mia', 'Praxis Mia');
    expect((await call(portal, 'POST', '/requests', { token: after, idempotencyKey: newKey(), body: bugRequest('Mit neuer Adresse') })).status).toBe(201);
    const now = sim.customers().find((c) => c.emailAddress === 'mia@neu.example')?.accountId;
    expect(now).toBeDefined();
    expect(issueNamed('Mit neuer Adresse')?.reporterId).toBe(now);

    const mine = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all', { token: after });
    expect(mine.body.items.map((i) => i.summary).sort()).toEqual(['Mit alter Adresse', 'Mit neuer Adresse']);
    expect(new Set(mine.body.items.map((i) => i.createdBy.id))).toEqual(new Set(['u-mia']));
    expect((await allOf(colleague)).sort()).toEqual(['Mit alter Adresse', 'Mit neuer Adresse']);
    const creators = await call<CreatorList>(portal, 'GET', '/requests/creators', { token: colleague });
    expect(creators.body.items.map((c) => c.id)).toEqual(['u-mia']);
    const byMia = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&createdBy=u-mia', { token: colleague });
    expect(byMia.body.items).toHaveLength(2);

    // Whoever has the old mailbox now does not see the practice's requests in JSM's own portal.
    const members = () => sim.organizations().find((o) => o.name === 'Praxis Mia')?.memberIds ?? [];
    for (let i = 0; i < 50 && members().includes(old); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(members()).not.toContain(old);
    expect(members()).toContain(now);
  });

  it("whoever of another practice gets the old address later is never named as the creator of the practice's requests", async () => {
    const before = await tokenOf('u-lia', 'lia@alt.example', 'org-lia', 'Praxis Lia');
    const colleague = await tokenOf('u-lia-2', 'tom@praxis-lia.example', 'org-lia', 'Praxis Lia');
    expect((await call(portal, 'POST', '/requests', { token: before, idempotencyKey: newKey(), body: bugRequest('Von Lia, alte Adresse') })).status).toBe(201);
    const after = await tokenOf('u-lia', 'lia@neu.example', 'org-lia', 'Praxis Lia');
    expect((await call(portal, 'GET', '/requests?ownership=mine&status=all', { token: after })).status).toBe(200);
    // The old mailbox goes to someone of another practice.
    const stranger = await tokenOf('u-eve', 'lia@alt.example', 'org-eve', 'Praxis Eve Fremd');
    expect((await call(portal, 'GET', '/requests?ownership=mine&status=all', { token: stranger })).status).toBe(200);

    const all = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all', { token: colleague });
    const item = all.body.items.find((i) => i.summary === 'Von Lia, alte Adresse');
    expect(item?.createdBy.id).not.toBe('u-eve');
    expect(item?.createdBy.name).toBe('u-lia');
    const page = await call<RequestDetail>(portal, 'GET', `/requests/${item?.key ?? ''}`, { token: colleague });
    expect(page.body.createdBy.id).not.toBe('u-eve');
    const creators = await call<CreatorList>(portal, 'GET', '/requests/creators', { token: colleague });
    expect(creators.body.items.map((c) => c.id)).not.toContain('u-eve');
  });

  it('the old account leaves the practice also when the move was cut short', async () => {
    const before = await tokenOf('u-pia', 'pia@alt.example', 'org-pia', 'Praxis Pia');
    expect(await allOf(before)).toEqual([]);
    const old = sim.customers().find((c) => c.emailAddress === 'pia@alt.example')?.accountId ?? '';
    sim.fault({ kind: 'status', status: 403, times: 1, match: { method: 'POST', path: /\/servicedesk\/[^/]+\/customer$/ } });
    const after = await tokenOf('u-pia', 'pia@neu.example', 'org-pia', 'Praxis Pia');
    expect((await call(portal, 'GET', '/requests?status=all', { token: after })).status).toBe(503);
    expect(await allOf(after)).toEqual([]);
    const members = () => sim.organizations().find((o) => o.name === 'Praxis Pia')?.memberIds ?? [];
    for (let i = 0; i < 50 && members().includes(old); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(members()).not.toContain(old);
  });

  it('a retry with the new address finds the request whose answer was lost under the old one: sent once', async () => {
    const before = await tokenOf('u-otto', 'otto@alt.example', 'org-otto', 'Praxis Otto');
    expect(await allOf(before)).toEqual([]);
    const key = newKey();
    sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /\/servicedeskapi\/request$/ } });
    const lost = await call(portal, 'POST', '/requests', { token: before, idempotencyKey: key, body: bugRequest('Antwort verloren') });
    expect(lost.status).toBe(503);
    const after = await tokenOf('u-otto', 'otto@neu.example', 'org-otto', 'Praxis Otto');
    let retry = await call<RequestDetail>(portal, 'POST', '/requests', { token: after, idempotencyKey: key, body: bugRequest('Antwort verloren') });
    for (let i = 0; i < 50 && retry.status === 409; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      retry = await call<RequestDetail>(portal, 'POST', '/requests', { token: after, idempotencyKey: key, body: bugRequest('Antwort verloren') });
    }
    expect(retry.status).toBe(201);
    expect(sim.issues().filter((i) => i.summary === 'Antwort verloren')).toHaveLength(1);
  });

  it('a request raised for the old address after the move is not theirs: the address may be someone else\'s now', async () => {
    const before = await tokenOf('u-nora', 'nora@alt.example', 'org-nora', 'Praxis Nora');
    expect((await call(portal, 'POST', '/requests', { token: before, idempotencyKey: newKey(), body: bugRequest('Noras alte Anfrage') })).status).toBe(201);
    const old = sim.customers().find((c) => c.emailAddress === 'nora@alt.example')?.accountId ?? '';
    const after = await tokenOf('u-nora', 'nora@neu.example', 'org-nora', 'Praxis Nora');
    expect((await allOf(after))).toEqual(['Noras alte Anfrage']);
    // Whoever has the old mailbox now writes to the desk (JSM raises it for the old account, shared with no one).
    const foreign = await asServiceAccount(sim, '/rest/servicedeskapi/request', {
      method: 'POST', json: { serviceDeskId: '1', requestTypeId: '10', raiseOnBehalfOf: old, requestFieldValues: { summary: 'Vom neuen Besitzer der Adresse', description: 'privat' } },
    });
    expect(foreign.status).toBe(201);
    const key = ((await foreign.json()) as { issueKey: string }).issueKey;
    expect(await allOf(after)).toEqual(['Noras alte Anfrage']);
    const mine = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all', { token: after });
    expect(mine.body.items.map((i) => i.summary)).toEqual(['Noras alte Anfrage']);
    expect((await call(portal, 'GET', `/requests/${key}`, { token: after })).status).toBe(404);
  });

  it('an account another portal user still has is no former account: its requests stay that user\'s', async () => {
    const shared = 'empfang@praxis-teilt.example';
    const first = await tokenOf('u-teil-1', shared, 'org-teil-a', 'Praxis Teil A');
    const second = await tokenOf('u-teil-2', shared, 'org-teil-b', 'Praxis Teil B');
    expect((await call(portal, 'POST', '/requests', { token: second, idempotencyKey: newKey(), body: bugRequest('Von Teil B') })).status).toBe(201);
    expect(await allOf(first)).toEqual([]);
    // A request JSM raised for the shared account by e-mail, private: both users' own while they share it.
    const account = sim.customers().find((c) => c.emailAddress === shared)?.accountId ?? '';
    const mailed = await asServiceAccount(sim, '/rest/servicedeskapi/request', {
      method: 'POST', json: { serviceDeskId: '1', requestTypeId: '10', raiseOnBehalfOf: account, requestFieldValues: { summary: 'Per E-Mail an den Support', description: 'privat' } },
    });
    expect(mailed.status).toBe(201);
    expect(await allOf(first)).toEqual(['Per E-Mail an den Support']);
    const moved = await tokenOf('u-teil-1', 'eigene@praxis-teil-a.example', 'org-teil-a', 'Praxis Teil A');
    expect(await allOf(moved)).toEqual([]);
    const mine = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all', { token: moved });
    expect(mine.body.items).toEqual([]);
    // And the account stays in B's organization, where the other user still works.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sim.organizations().find((o) => o.name === 'Praxis Teil B')?.memberIds).toContain(account);
  });
});

describe('a new practice while JSM is slow', () => {
  it('the first call answers 503 in the widget\'s time; the setup goes on, and the next call finds it done', async () => {
    const token = await tokenOf('u-langsam', 'lena@praxis-langsam.example', 'org-langsam', 'Praxis Langsam');
    const from = sim.calls.length;
    // Every call takes 4 s: even asked side by side where they can be, the customer (4 calls in turn), the organization
    // (4 steps) and then the membership are 20 s.
    sim.fault({ kind: 'latency', ms: 4_000, match: { path: /./ } });
    const started = Date.now();
    const first = await call<Problem>(portal, 'GET', '/requests?ownership=organization&status=all', { token });
    expect(first.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(13_000);
    await expect.poll(() => sim.organizations().find((o) => o.name === 'Praxis Langsam')?.memberIds.length, { timeout: 30_000, interval: 250 }).toBe(1);
    sim.clearFaults();
    const second = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all', { token });
    expect(second.status).toBe(200);
    const setup = sim.calls.slice(from).filter((c) => c.method === 'POST' && /\/organization$|\/customer$/.test(c.path));
    // One customer, one organization, each added to the desk once: the second call started nothing over.
    expect(setup.map((c) => c.path.replace(/\/\d+\//, '/N/')).sort()).toEqual([
      '/rest/servicedeskapi/customer',
      '/rest/servicedeskapi/organization',
      '/rest/servicedeskapi/servicedesk/N/customer',
      '/rest/servicedeskapi/servicedesk/N/organization',
    ]);
  }, 60_000);
});

describe('a refused create where the service account may not read users', () => {
  it('answers with what JSM refused, not 503: without "Browse users and groups" a deleted account cannot be told', async () => {
    const token = await tokenOf('u-ohne-browse', 'olga@praxis-ohne.example', 'org-ohne', 'Praxis Ohne');
    expect((await call(portal, 'GET', '/requests?status=all', { token })).status).toBe(200);
    sim.setPermissions({ jiraAdmin: true, browseUsers: false, serviceDeskAdmin: true });
    sim.fault({ kind: 'status', status: 400, times: 2, match: { method: 'POST', path: /\/rest\/servicedeskapi\/request$/ } });
    try {
      const refused = await call<Problem>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest('Von JSM abgelehnt') });
      expect(refused.status).toBe(422);
      expect(portal.logs).toContainEqual(expect.stringContaining('"Browse users and groups"'));
    } finally {
      sim.clearFaults();
      sim.setPermissions({ jiraAdmin: true, browseUsers: true, serviceDeskAdmin: true });
    }
  });
});

describe('an address with an agent\'s Atlassian account beside a portal-only customer', () => {
  it('is the customer, for a visitor and for the practice user alike: never the agent', async () => {
    const email = 'ella@praxis-ella.example';
    // The agent's account first, as a search may list it.
    sim.createAgentUser('Ella Agentin', email);
    const customer = sim.createCustomerUser('Ella Empfang', email);

    const visited = await call<RequestDetail>(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('Ella als Besucherin'), email, name: 'Ella' } });
    expect(visited.status).toBe(201);
    expect(sim.issue(visited.body.key)?.reporterId).toBe(customer);
    const ella = await tokenOf('u-ella', email, 'org-ella', 'Praxis Ella');
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: ella, idempotencyKey: newKey(), body: bugRequest('Ella angemeldet') });
    expect(created.status).toBe(201);
    expect(sim.issue(created.body.key)?.reporterId).toBe(customer);
    expect(sim.organizations().find((o) => o.name === 'Praxis Ella')?.memberIds).toEqual([customer]);
  });
});

describe('an address JSM has an account for that the gateway cannot find', () => {
  it('is a 503 naming the cause, and the next calls of the user for a while hear it without asking JSM again', async () => {
    // Without "Browse users and groups" a customer no desk has is found by no search, yet the address is taken.
    sim.createCustomerUser('Hanna Versteckt', 'hanna@praxis-versteckt.example');
    sim.setPermissions({ jiraAdmin: true, browseUsers: false, serviceDeskAdmin: true });
    try {
      const token = await tokenOf('u-hanna', 'hanna@praxis-versteckt.example', 'org-versteckt', 'Praxis Versteckt');
      const first = await call<Problem>(portal, 'GET', '/requests?status=all', { token });
      expect(first.status).toBe(503);
      expect(first.body.type).toBe('urn:medsupport:problem:backend-permission');
      const from = sim.calls.length;
      const again = await call<Problem>(portal, 'GET', '/requests?status=all', { token });
      expect(again.status).toBe(503);
      expect(again.body.type).toBe('urn:medsupport:problem:backend-permission');
      expect(sim.calls.slice(from).filter((c) => /customer|user\/search/.test(c.path))).toEqual([]);
    } finally {
      sim.setPermissions({ jiraAdmin: true, browseUsers: true, serviceDeskAdmin: true });
    }
  });
});

describe('an address JSM will not make a customer of', () => {
  it('is a 422 on the visitor\'s e-mail in JSM\'s words, not a 503 the visitor would try again', async () => {
    sim.fault({ kind: 'status', status: 400, times: 1, match: { method: 'POST', path: /\/rest\/servicedeskapi\/customer$/ } });
    const answer = await call<Problem>(portal, 'POST', '/requests', { idempotencyKey: newKey(), body: { ...bugRequest('Adresse abgelehnt'), email: 'neu@abgelehnt.example', name: 'Neu' } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.map((e) => e.field)).toEqual(['email']);
    expect(issueNamed('Adresse abgelehnt')).toBeUndefined();
  });
});
