import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityItem, Problem, RequestDetail, RequestList } from '../../src/api/contract.js';
import { idempotencyRef } from '../../server/domain/idempotency-ref.js';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import { BackendUnavailableError } from '../../server/store/backend-errors.js';
import { allPages, statusItems } from '../../server/store/jsm/activity.js';
import { createJsmClient, errorText, LostAnswerError, type JsmCall } from '../../server/store/jsm/client.js';
import { attributedComment, descriptionText, descriptionWithFooter, hasRef, parseAttribution, portalStatus } from '../../server/store/jsm/convert.js';
import { withinDeadline } from '../../server/store/jsm/deadline.js';
import { page } from '../../server/store/jsm/read.js';
import { bugRequest, call, jsmStartOutcome, newKey, startJsmTestPortal, tokenFor, type TestPortal } from './helpers.js';
import { jsmSiteInFront } from './jsm-site.js';

// The JSM client's retries and error classes, the paging rule, the ref's alphabet, and what the gateway makes of
// upload refusals and of 5xx answers to writes JSM may have committed.

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A client whose site answers from `script` in turn and whose waits are recorded instead of slept. */
function scripted(script: (() => Response)[], logs: string[] = []) {
  const waits: number[] = [];
  let calls = 0;
  const client = createJsmClient({
    siteUrl: 'https://example.atlassian.net',
    email: 'svc@example.com',
    apiToken: 'token',
    log: (line) => logs.push(line),
    fetch: async () => {
      const next = script[Math.min(calls, script.length - 1)];
      calls++;
      if (!next) throw new Error('empty script');
      return next();
    },
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { client, waits, calls: () => calls };
}

const read: JsmCall = { method: 'GET', path: '/rest/servicedeskapi/servicedesk/1', retry: true };
const write: JsmCall = { method: 'POST', path: '/rest/servicedeskapi/request', json: {}, retry: false };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('the JSM client and Retry-After', () => {
  it('never retries a read before the Retry-After JSM sent', async () => {
    const { client, waits, calls } = scripted([() => json(429, {}, { 'Retry-After': '7' }), () => json(200, { id: '1' })]);
    const answer = await withinDeadline(12_000, () => client.request(read));
    expect(answer.body).toEqual({ id: '1' });
    expect(calls()).toBe(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(7_000);
  });

  it('a Retry-After beyond the deadline is not retried, and the widget is told JSM’s seconds', async () => {
    const { client, waits, calls } = scripted([() => json(429, {}, { 'Retry-After': '30' })]);
    const error = await failure(withinDeadline(12_000, () => client.request(read)));
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect((error as BackendUnavailableError).retryAfterSeconds).toBe(30);
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('background work waits out a Retry-After longer than a widget call, a new user\'s setup does not', async () => {
    const background = scripted([() => json(429, {}, { 'Retry-After': '20' }), () => json(200, {})]);
    await withinDeadline(60_000, () => background.client.request(read));
    expect(background.calls()).toBe(2);
    expect(background.waits[0]).toBeGreaterThanOrEqual(20_000);
    const setup = scripted([() => json(429, {}, { 'Retry-After': '20' })]);
    const error = await failure(withinDeadline(60_000, () => setup.client.request(read), 12_000));
    expect((error as BackendUnavailableError).retryAfterSeconds).toBe(20);
    expect(setup.calls()).toBe(1);
  });

  it('a Retry-After given as an HTTP date is waited out as well', async () => {
    const at = new Date(Date.now() + 5_000).toUTCString();
    const { client, waits } = scripted([() => json(429, {}, { 'Retry-After': at }), () => json(200, {})]);
    await withinDeadline(12_000, () => client.request(read));
    expect(waits[0]).toBeGreaterThanOrEqual(3_000);
  });

  it('a 503 with Retry-After to a read waits it out too', async () => {
    const { client, waits } = scripted([() => json(503, {}, { 'Retry-After': '6' }), () => json(200, {})]);
    await withinDeadline(12_000, () => client.request(read));
    expect(waits[0]).toBeGreaterThanOrEqual(6_000);
  });
});

describe('the JSM client and refused credentials', () => {
  it('says once that a token that worked was refused (revoked or expired?), and once that it works again', async () => {
    const logs: string[] = [];
    const { client } = scripted([() => json(200, {}), () => json(401, {}), () => json(401, {}), () => json(401, {}), () => json(200, {})], logs);
    await client.request(read);
    for (let i = 0; i < 3; i++) expect(await failure(client.request(read))).toBeInstanceOf(BackendUnavailableError);
    await client.request(read);
    expect(logs).toEqual([
      expect.stringMatching(/answered 401: the service account's credentials were refused; was the API token revoked, or has it expired\?/),
      expect.stringMatching(/credentials are accepted again/),
    ]);
  });

  it('names a scoped token on the site URL when the first call of all is refused', async () => {
    const logs: string[] = [];
    const { client } = scripted([() => json(401, {})], logs);
    expect(await failure(client.request(read))).toBeInstanceOf(BackendUnavailableError);
    expect(logs).toEqual([expect.stringContaining('a scoped token (service accounts have only these) needs JSM_SITE_URL')]);
  });
});

describe('the JSM client and writes', () => {
  it('a 5xx to a write is a lost answer, carrying JSM’s Retry-After: JSM may have committed it', async () => {
    for (const status of [500, 502, 503, 504]) {
      const { client, calls } = scripted([() => json(status, {}, { 'Retry-After': '9' })]);
      const error = await failure(withinDeadline(12_000, () => client.request(write)));
      expect(error, String(status)).toBeInstanceOf(LostAnswerError);
      if (status !== 500) expect((error as LostAnswerError).retryAfterSeconds).toBe(9);
      expect(calls()).toBe(1);
    }
  });

  it('a 429 to a write refused it before anything happened: sent again after Retry-After, within the deadline', async () => {
    const { client, calls, waits } = scripted([() => json(429, {}, { 'Retry-After': '3' }), () => json(201, { id: '7' })]);
    const answer = await withinDeadline(12_000, () => client.request(write));
    expect(answer.body).toEqual({ id: '7' });
    expect(calls()).toBe(2);
    expect(waits[0]).toBeGreaterThanOrEqual(3_000);
  });

  it('a 429 to a write whose Retry-After passes the deadline: unavailable, not lost, sent once', async () => {
    const { client, calls } = scripted([() => json(429, {}, { 'Retry-After': '30' }), () => json(201, {})]);
    const error = await failure(withinDeadline(12_000, () => client.request(write)));
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect(error).not.toBeInstanceOf(LostAnswerError);
    expect((error as BackendUnavailableError).retryAfterSeconds).toBe(30);
    expect(calls()).toBe(1);
  });
});

describe('statuses (FACTS §7)', () => {
  it('reads "Waiting for support" as waiting for support whatever category a site gives it', () => {
    expect(portalStatus('Waiting for support', 'indeterminate', 'en').id).toBe('waiting_for_support');
    expect(portalStatus('Warten auf Support', 'indeterminate', 'de', true).id).toBe('waiting_for_support');
    expect(portalStatus('Open', 'new', 'en').id).toBe('waiting_for_support');
    expect(portalStatus('In progress', 'indeterminate', 'en').id).toBe('in_progress');
    expect(portalStatus('Waiting for customer', 'indeterminate', 'en').id).toBe('waiting_for_customer');
    expect(portalStatus('Waiting for customer', 'new', 'en').id).toBe('waiting_for_customer');
    expect(portalStatus('Warten auf Kunden', 'new', 'de', true).id).toBe('waiting_for_customer');
    expect(portalStatus('Kundenanfrage eingegangen', 'new', 'de', true).id).toBe('waiting_for_support');
    expect(portalStatus('Wartet auf Rückmeldung der Praxis', 'indeterminate', 'de', true).id).toBe('waiting_for_customer');
    expect(portalStatus('Waiting for the practice', 'indeterminate', 'en', true).id).toBe('waiting_for_customer');
    expect(portalStatus('Awaiting your reply', 'indeterminate', 'en', true).id).toBe('waiting_for_customer');
    expect(portalStatus('Warten auf Ihre Rückmeldung', 'indeterminate', 'de', true).id).toBe('waiting_for_customer');
    expect(portalStatus('Wir prüfen Ihre Antwort', 'indeterminate', 'de', true).id).toBe('in_progress');
    expect(portalStatus('Waiting for a reply from the manufacturer', 'indeterminate', 'en', true).id).toBe('in_progress');
    expect(portalStatus('Vor-Ort-Termin in der Praxis', 'indeterminate', 'de', true).id).toBe('in_progress');
    expect(portalStatus('Best practice review', 'indeterminate', 'en', true).id).toBe('in_progress');
  });

  it("shows a search's status by the default workflow's name, or by its kind: a site's own step may be internal", () => {
    expect(portalStatus('Escalated to Legal (internal)', 'indeterminate', 'de').name).toBe('In Arbeit');
    expect(portalStatus('Escalated to Legal (internal)', 'indeterminate', 'en').name).toBe('In progress');
    expect(portalStatus('Warten auf Support', 'new', 'en').name).toBe('Waiting for support');
    expect(portalStatus('In Progress', 'indeterminate', 'de').name).toBe('In Arbeit');
    expect(portalStatus('In Progress', 'indeterminate', 'en').name).toBe('In Progress');
    // A service account whose profile is German: the search names the default statuses in German, as its page does.
    expect(portalStatus('In Bearbeitung', 'indeterminate', 'de').name).toBe('In Bearbeitung');
    expect(portalStatus('In Bearbeitung', 'indeterminate', 'en').name).toBe('In progress');
    expect(portalStatus('Erledigt', 'done', 'de')).toEqual({ id: 'resolved', name: 'Erledigt', category: 'closed' });
    expect(portalStatus('Erledigt', 'done', 'en').name).toBe('Resolved');
    expect(portalStatus('Abgelehnt', 'done', 'de')).toEqual({ id: 'closed', name: 'Abgelehnt', category: 'closed' });
    // servicedeskapi's name is the one JSM's portal shows the customer.
    expect(portalStatus('Beim Hersteller', 'indeterminate', 'de', true).name).toBe('Beim Hersteller');
  });

  it('keeps the order of status changes of one instant, as JSM lists them (newest first), each with its own id', () => {
    const at = (ms: number) => ({ iso8601: new Date(ms).toISOString(), epochMillis: ms });
    const history = [
      { status: 'Closed', statusCategory: 'DONE', statusDate: at(3_000) },
      { status: 'Resolved', statusCategory: 'DONE', statusDate: at(3_000) },
      { status: 'In Progress', statusCategory: 'INDETERMINATE', statusDate: at(1_000) },
      { status: 'Waiting for support', statusCategory: 'NEW', statusDate: at(1_000) },
    ];
    const items = statusItems(history, 'en', 'Support', []);
    expect(items.map((i) => i.status?.name)).toEqual(['In Progress', 'Resolved', 'Closed']);
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
  });
});

describe("JSM's texts", () => {
  it('finds the footer and the attribution in texts JSM gives back with CRLF line ends', () => {
    const ref = idempotencyRef('u-1', 'k');
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expect(parseAttribution(crlf(attributedComment('Anna', 'Zeile 1\nZeile 2', ref)))).toEqual({ name: 'Anna', ref, text: 'Zeile 1\nZeile 2' });
    const description = descriptionWithFooter('Text', { name: 'Anna', email: 'anna@praxis.example', practice: 'Praxis' }, { pageUrl: 'https://app.example/?patient=123' }, ref);
    expect(descriptionText(crlf(description), () => 'Support')).toBe('Text');
  });

  it('names an error once when JSM gives it both as the message and for its field', () => {
    expect(errorText({ errorMessage: 'Summary must not contain newline characters.', errors: { summary: 'Summary must not contain newline characters.' } }))
      .toBe('Summary must not contain newline characters.');
  });
});

describe('servicedeskapi paging (FACTS §1)', () => {
  it('without isLastPage, _links.next says whether more follow; an empty page always ends the list', () => {
    expect(page({ values: [1], _links: { next: 'https://x/rest/servicedeskapi/organization?start=1' } }, 'p').isLastPage).toBe(false);
    expect(page({ values: [1], _links: {} }, 'p').isLastPage).toBe(true);
    expect(page({ values: [1] }, 'p').isLastPage).toBe(true);
    expect(page({ values: [1], isLastPage: false }, 'p').isLastPage).toBe(false);
    expect(page({ values: [1], isLastPage: true, _links: { next: 'https://x/next' } }, 'p').isLastPage).toBe(true);
    expect(page({ values: [], isLastPage: false, _links: { next: 'https://x/next' } }, 'p').isLastPage).toBe(true);
  });

  it('reads every page of a list whose pages carry only _links.next', async () => {
    const { client, calls } = scripted([
      () => json(200, { size: 2, start: 0, limit: 2, values: [{ id: 'a' }, { id: 'b' }], _links: { next: 'https://example.atlassian.net/rest/servicedeskapi/organization?start=2&limit=2' } }),
      () => json(200, { size: 1, start: 2, limit: 2, values: [{ id: 'c' }], _links: {} }),
    ]);
    const values = await withinDeadline(12_000, () => allPages(client, '/rest/servicedeskapi/organization', {}));
    expect(values.map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(calls()).toBe(2);
  });
});

describe('the idempotency ref', () => {
  it('is 24 hex characters: nothing wiki markup reads as emphasis or strikethrough', () => {
    const refs = Array.from({ length: 500 }, (_, i) => idempotencyRef(`u-${i % 7}`, `key-${i}`));
    for (const ref of refs) expect(ref).toMatch(/^[0-9a-f]{24}$/);
    expect(new Set(refs).size).toBe(refs.length);
    expect(idempotencyRef('u-1', 'k')).toBe(idempotencyRef('u-1', 'k'));
    expect(idempotencyRef('u-1', 'k')).not.toBe(idempotencyRef('u-2', 'k'));
  });

  it('is found again in a description footer and in a comment’s first line', () => {
    const ref = idempotencyRef('u-1', 'k');
    expect(hasRef(`Text\n\nMedSupport-Ref: ${ref}`, ref)).toBe(true);
    expect(parseAttribution(attributedComment('Anna', 'Hallo', ref))).toEqual({ name: 'Anna', ref, text: 'Hallo' });
  });
});

// The gateway against the simulator, through a proxy that can answer in JSM's place: a 5xx after JSM committed a
// write, a 413 to an upload, a 201 that lacks what it should carry.

type Answer = (upstream: () => Promise<Response>) => Promise<Response>;
interface Rule {
  method: string;
  path: RegExp;
  times: number;
  answer: Answer;
}

let sim: JsmSimulator;
let site: { url: string; close(): Promise<void> };
let portal: TestPortal & { sim: JsmSimulator };
let anna: string;
const rules: Rule[] = [];

/** JSM committed the call, and then the answer that came back was a 503. */
const committedThen503: Answer = async (upstream) => {
  await (await upstream()).arrayBuffer();
  return json(503, { errorMessage: 'The service is temporarily unavailable.' });
};

beforeAll(async () => {
  sim = await startJsmSimulator();
  site = await jsmSiteInFront(sim.url, ({ method, path, upstream }) => {
    const rule = rules.find((r) => r.times > 0 && r.method === method && r.path.test(path));
    if (!rule) return upstream();
    rule.times--;
    return rule.answer(upstream);
  });
  portal = await startJsmTestPortal({ sim, allowAnonymous: true, gateway: { siteUrl: site.url } });
  anna = await tokenFor('anna');
});
afterAll(async () => {
  await portal.dispose();
  await site.close();
  await sim.close();
});
afterEach(() => {
  rules.length = 0;
  sim.clearFaults();
  expect(sim.violations).toEqual([]);
});

const create = (summary: string, key = newKey(), attachments?: string[]) =>
  call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: { ...bugRequest(summary), ...(attachments ? { attachments } : {}) } });
const issuesNamed = (summary: string) => sim.issues().filter((i) => i.summary === summary);

async function upload(name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([`Inhalt von ${name}`], { type: 'text/plain' }), name);
  const response = await call<{ id: string }>(portal, 'POST', '/attachments', { token: anna, rawBody: form });
  expect(response.status).toBe(201);
  return response.body.id;
}

describe('the gateway and JSM’s Retry-After', () => {
  it('a read refused with Retry-After: 30 is a 503 telling the widget 30, without retrying sooner', async () => {
    // A portal of its own: the search stays closed to every caller for the 30 s.
    const own = await startJsmTestPortal();
    try {
      own.sim.fault({ kind: 'status', status: 429, times: 100, retryAfter: 30, match: { path: /search\/jql$/ } });
      own.sim.resetCalls();
      const started = Date.now();
      const list = await call<Problem>(own, 'GET', '/requests?status=all', { token: anna });
      expect(list.status).toBe(503);
      expect(list.headers.get('retry-after')).toBe('30');
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(own.sim.calls.filter((c) => c.path.endsWith('/search/jql'))).toHaveLength(1);
    } finally {
      await own.dispose();
    }
  });
});

describe('the gateway and 5xx answers to writes', () => {
  it('a create JSM committed but answered with 503 is found by its ref on the retry: one request', async () => {
    rules.push({ method: 'POST', path: /^\/rest\/servicedeskapi\/request$/, times: 1, answer: committedThen503 });
    const key = newKey();
    const first = await create('Angenommen, dann 503', key);
    expect(first.status).toBe(503);
    expect(issuesNamed('Angenommen, dann 503')).toHaveLength(1);
    const retry = await create('Angenommen, dann 503', key);
    expect(retry.status).toBe(201);
    expect(retry.body.key).toBe(issuesNamed('Angenommen, dann 503')[0]?.key);
    expect(issuesNamed('Angenommen, dann 503')).toHaveLength(1);
  });

  it('retries of a create whose answer JSM lost search for it once in a few seconds, not at every retry', async () => {
    rules.push({ method: 'POST', path: /^\/rest\/servicedeskapi\/request$/, times: 1, answer: async () => new Response('{}', { status: 503 }) });
    const key = newKey();
    expect((await create('Nicht angenommen, 503', key)).status).toBe(503);
    sim.resetCalls();
    for (let i = 0; i < 5; i++) expect((await create('Nicht angenommen, 503', key)).status).toBe(409);
    expect(sim.calls.filter((c) => c.path.endsWith('/search/jql'))).toHaveLength(1);
  });

  it('a visitor’s create found by its ref on the retry becomes the practice’s like any other', async () => {
    rules.push({ method: 'POST', path: /^\/rest\/servicedeskapi\/request$/, times: 1, answer: committedThen503 });
    const key = newKey();
    const send = () => call<RequestDetail>(portal, 'POST', '/requests', {
      idempotencyKey: key, body: { ...bugRequest('Besucherin, dann 503'), email: 'vera@praxis-vera.example', name: 'Vera Besucher' },
    });
    expect((await send()).status).toBe(503);
    expect((await send()).status).toBe(201);
    const vera = await signToken(DEMO_JWT_SECRET, { sub: 'u-vera', email: 'vera@praxis-vera.example', name: 'Vera', org: 'org-vera', org_name: 'Praxis Vera' });
    const all = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all', { token: vera });
    expect(all.body.items.map((i) => i.summary)).toEqual(['Besucherin, dann 503']);
  });

  it('a reply JSM committed but answered with 503 is one comment', async () => {
    const request = await create('Antwort mit 503');
    expect(request.status).toBe(201);
    rules.push({ method: 'POST', path: /\/comment$/, times: 1, answer: committedThen503 });
    const key = newKey();
    const send = () => call<ActivityItem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: key, body: { body: 'Nur einmal' } });
    expect((await send()).status).toBe(503);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.body.body).toBe('Nur einmal');
    expect(sim.issue(request.body.key)?.comments.filter((c) => c.body.includes('Nur einmal'))).toHaveLength(1);
  });
});

describe('the gateway and upload refusals (FACTS §6)', () => {
  it('a 400 to the upload is a 422 the widget does not retry; the upload stays for a corrected send', async () => {
    const file = await upload('kaputt.txt');
    sim.fault({ kind: 'status', status: 400, times: 1, match: { path: /attachTemporaryFile$/ } });
    const refused = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Datei abgelehnt'), attachments: [file] } });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('retry-after')).toBeNull();
    // JSM does not say which file: the path is the list, not a field of the request type.
    expect(refused.body.errors?.map((e) => e.field)).toEqual(['attachments']);
    expect(issuesNamed('Datei abgelehnt')).toHaveLength(0);
    const sent = await create('Datei abgelehnt', newKey(), [file]);
    expect(sent.status).toBe(201);
    expect(sent.body.activity[0]?.attachments?.map((a) => a.name)).toEqual(['kaputt.txt']);
  });

  it('a 403 to the upload (attachments turned off by an admin) is a 422 on the files: the request goes without them', async () => {
    const file = await upload('gesperrt.txt');
    sim.fault({ kind: 'status', status: 403, times: 1, match: { path: /attachTemporaryFile$/ } });
    const refused = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Anhänge aus'), attachments: [file] } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((e) => e.field)).toEqual(['attachments']);
    expect((await create('Anhänge aus', newKey())).status).toBe(201);
  });

  it('a 400 to a reply with files names the files too: JSM does not say whether the text or the files were refused', async () => {
    const request = await create('Antwort mit Datei abgelehnt', newKey());
    const file = await upload('abgelaufen.txt');
    sim.fault({ kind: 'status', status: 400, times: 1, match: { method: 'POST', path: /\/request\/[^/]+\/attachment$/ } });
    const refused = await call<Problem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Siehe Datei', attachments: [file] } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((e) => e.field)).toEqual(['body', 'attachments']);
  });

  it('a 413 to the upload is a 422 as well', async () => {
    const file = await upload('viele.txt');
    rules.push({ method: 'POST', path: /attachTemporaryFile$/, times: 1, answer: async () => json(413, { errorMessage: 'You can attach at most 60 files at once.' }) });
    const refused = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { ...bugRequest('Zu viele Dateien'), attachments: [file] } });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContain('at most 60 files');
    expect(refused.body.errors?.map((e) => e.field)).toEqual(['attachments']);
    expect(issuesNamed('Zu viele Dateien')).toHaveLength(0);
  });

  it('a 201 without a temporary id for every file sends nothing and keeps the uploads', async () => {
    const files = [await upload('eins.txt'), await upload('zwei.txt')];
    const answers: Answer[] = [
      async () => json(201, {}),
      async (upstream) => {
        const real = (await (await upstream()).json()) as { temporaryAttachments: unknown[] };
        return json(201, { temporaryAttachments: real.temporaryAttachments.slice(0, 1) });
      },
    ];
    for (const answer of answers) {
      rules.push({ method: 'POST', path: /attachTemporaryFile$/, times: 1, answer });
      const failed = await create('Ohne Anhänge?', newKey(), files);
      expect(failed.status).toBe(503);
      expect(issuesNamed('Ohne Anhänge?')).toHaveLength(0);
    }
    const sent = await create('Ohne Anhänge?', newKey(), files);
    expect(sent.status).toBe(201);
    expect(sent.body.activity[0]?.attachments?.map((a) => a.name).sort()).toEqual(['eins.txt', 'zwei.txt']);
  });
});

describe('what a site configured otherwise answers', () => {
  it('a reply hands the request back where the transitions come in German (a site without English, FACTS §1)', async () => {
    const request = await create('Deutsche Übergänge');
    await sim.transition(request.body.key, 'Waiting for customer');
    rules.push({
      method: 'GET', path: /\/transition$/, times: 1,
      answer: async (upstream) => {
        const page = (await (await upstream()).json()) as { values: { id: string; name: string }[] };
        const german: Record<string, string> = { 'Back to waiting for support': 'Zurück zu Warten auf Support', 'Resolve this request': 'Diese Anfrage lösen' };
        return json(200, { ...page, values: page.values.map((t) => ({ ...t, name: german[t.name] ?? t.name })) });
      },
    });
    const reply = await call(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Klappt immer noch nicht' } });
    expect(reply.status).toBe(201);
    expect(rules[0]?.times).toBe(0);
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: anna });
    expect(detail.body.status.id).toBe('waiting_for_support');
  });

  it('refused credentials on the site URL name the scoped-token base a service account needs (FACTS §0)', async () => {
    const refused = await jsmStartOutcome(sim, { apiToken: 'scoped-token' });
    expect(refused).toMatch(/credentials \(JSM_EMAIL, JSM_API_TOKEN\) were refused; a scoped token .* JSM_SITE_URL=https:\/\/api\.atlassian\.com\/ex\/jira\/<cloudId>/);
  });

  it("a request page whose other reads fail before the request read answers is a 503, and the portal lives on", async () => {
    const request = await create('Kommentare zuerst kaputt');
    const path = (tail: string) => new RegExp(`/rest/servicedeskapi/request/${request.body.key}${tail}$`);
    rules.push({ method: 'GET', path: path(''), times: 1, answer: async (upstream) => (await new Promise((r) => setTimeout(r, 300)), upstream()) });
    rules.push({ method: 'GET', path: path('/comment'), times: 1, answer: async () => json(403, { errorMessage: 'No permission.' }) });
    const page = await call<Problem>(portal, 'GET', `/requests/${request.body.key}`, { token: anna });
    expect(page.status).toBe(503);
    expect((await call<RequestDetail>(portal, 'GET', `/requests/${request.body.key}`, { token: anna })).status).toBe(200);
  });

  it("Jira's field errors name the fields the widget marks: a create's under fields, a reply's as its body", async () => {
    // A refusal naming a field of the form is not sent again (one naming none may be about the customer's links).
    rules.push({ method: 'POST', path: /^\/rest\/servicedeskapi\/request$/, times: 1, answer: async () => json(400, { errorMessages: [], errors: { summary: 'Summary is too long.' } }) });
    const created = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Zu lang') });
    expect(created.status).toBe(422);
    expect(created.body.errors?.map((e) => e.field)).toEqual(['fields.summary']);

    const request = await create('Antwort abgelehnt');
    rules.push({ method: 'POST', path: /\/comment$/, times: 1, answer: async () => json(400, { errorMessages: [], errors: { comment: 'Comment body is too long.' } }) });
    const reply = await call<Problem>(portal, 'POST', `/requests/${request.body.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Zu lang' } });
    expect(reply.status).toBe(422);
    expect(reply.body.errors?.map((e) => e.field)).toEqual(['body']);
  });
});
