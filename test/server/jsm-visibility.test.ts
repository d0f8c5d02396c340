import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityItem, RequestDetail, RequestList, UploadedAttachment } from '../../src/api/contract.js';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import type { JsmConfig } from '../../server/store/jsm/config.js';
import { withoutAttachmentMentions } from '../../server/store/jsm/activity.js';
import { asServiceAccount, bugRequest, call, jsmStartOutcome, newKey, organizationOf, startJsmTestPortal, tokenFor, type TestPortal } from './helpers.js';
import { jsmSiteInFront, rewritingSite } from './jsm-site.js';

// What a customer may learn through the JSM gateway, and what one customer's input may do to everyone's: internal
// notes, who counts as the support team, JSM's own additions to a reply, JQL that JSM refuses. Shapes the real
// service may send and the simulator does not come through a rewriting proxy in front of it.

let sim: JsmSimulator;
let portal: TestPortal & { sim: JsmSimulator };
let anna: string;
let markus: string;

beforeAll(async () => {
  sim = await startJsmSimulator();
  portal = await startJsmTestPortal({ sim });
  [anna, markus] = await Promise.all([tokenFor('anna'), tokenFor('markus')]);
});
afterAll(async () => {
  await portal.dispose();
  await sim.close();
});
afterEach(() => {
  sim.clearFaults();
  // Every call the gateway made is one the published API documents have.
  expect(sim.violations).toEqual([]);
});

const create = async (token: string, summary: string, target: TestPortal = portal): Promise<RequestDetail> => {
  const response = await call<RequestDetail>(target, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest(summary) });
  expect(response.status).toBe(201);
  return response.body;
};
const list = (token: string, query: string, target: TestPortal = portal) =>
  call<RequestList>(target, 'GET', `/requests?ownership=organization&status=all&limit=100&${query}`, { token });
const plainWordLogs = (target: TestPortal) => target.logs.filter((line) => line.includes('searching plain words'));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A simulator of its own behind a site that rewrites its answers, and a gateway on that site; all closed after `work`. */
async function throughRewrite(
  rewrite: Parameters<typeof rewritingSite>[1],
  work: (world: { own: JsmSimulator; bare: TestPortal }) => Promise<void>,
  gateway: Partial<JsmConfig> = {},
) {
  const own = await startJsmSimulator();
  const site = await rewritingSite(own.url, rewrite);
  const bare = await startJsmTestPortal({ sim: own, gateway: { ...gateway, siteUrl: site.url } });
  try {
    await work({ own, bare });
    expect(own.violations).toEqual([]);
  } finally {
    await bare.dispose();
    await site.close();
    await own.close();
  }
}

describe('internal notes', () => {
  it('a search comment without jsdPublic counts as internal until servicedeskapi says public', async () => {
    // FACTS documents jsdPublic on the platform's comment calls, not in search results: a site may leave it out.
    await throughRewrite((where, body) => {
      if (!where.endsWith('/search/jql')) return body;
      for (const issue of (body as { issues?: { fields?: { comment?: { comments?: Record<string, unknown>[] } } }[] }).issues ?? []) {
        for (const comment of issue.fields?.comment?.comments ?? []) delete comment.jsdPublic;
      }
      return body;
    }, async ({ own, bare }) => {
      const request = await create(anna, 'Notiz ohne Flag', bare);
      const reply = await own.agentComment(request.key, { body: 'Bitte neu starten.', internal: false });
      await pause(20);
      await own.agentComment(request.key, { body: 'GEHEIM: intern', internal: true });
      const replyAt = new Date(own.issue(request.key)?.comments.find((c) => c.id === reply)?.created ?? 0).toISOString();
      own.resetCalls();
      const found = (await list(anna, '', bare)).body.items.find((i) => i.key === request.key);
      expect(found?.lastAgentActivityAt).toBe(replyAt);
      expect(own.calls.some((c) => c.method === 'GET' && c.path === `/rest/servicedeskapi/request/${request.key}/comment`)).toBe(true);
      const detail = await call<RequestDetail>(bare, 'GET', `/requests/${request.key}`, { token: anna });
      expect(detail.text).not.toContain('GEHEIM');
      expect(detail.body.lastAgentActivityAt).toBe(replyAt);
    });
  });

  it("a search whose page of comments leaves out the newest still finds the agent's last reply", async () => {
    await throughRewrite((where, body) => {
      if (!where.endsWith('/search/jql')) return body;
      for (const issue of (body as { issues?: { fields?: { comment?: { comments?: unknown[]; total?: number } } }[] }).issues ?? []) {
        const page = issue.fields?.comment;
        if (page?.comments) page.comments = page.comments.slice(0, 1);
      }
      return body;
    }, async ({ own, bare }) => {
      const request = await create(anna, 'Viele Kommentare', bare);
      expect((await call(bare, 'POST', `/requests/${request.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Noch eine Frage' } })).status).toBe(201);
      const reply = await own.agentComment(request.key, { body: 'Die Antwort', internal: false });
      const replyAt = new Date(own.issue(request.key)?.comments.find((c) => c.id === reply)?.created ?? 0).toISOString();
      const found = (await list(anna, '', bare)).body.items.find((i) => i.key === request.key);
      expect(found?.lastAgentActivityAt).toBe(replyAt);
    });
  });

  it('a list with more requests to read comments of than one list reads is not reused: the next one reads on', async () => {
    await throughRewrite((where, body) => {
      if (!where.endsWith('/search/jql')) return body;
      // A site whose search brings no comments: each request's are read through servicedeskapi.
      for (const issue of (body as { issues?: { fields?: { comment?: unknown } }[] }).issues ?? []) delete issue.fields?.comment;
      return body;
    }, async ({ own, bare }) => {
      const keys: string[] = [];
      for (let i = 0; i < 13; i++) keys.push((await create(anna, `Anfrage ${i}`, bare)).key);
      for (const key of keys) await own.agentComment(key, { body: 'Antwort', internal: false });
      const answered = async () => (await list(anna, '', bare)).body.items.filter((i) => keys.includes(i.key) && i.lastAgentActivityAt !== null).length;
      expect(await answered()).toBeLessThan(13);
      expect(await answered()).toBe(13);
    }, { webhookSecret: 'webhooks-say-when-lists-change' });
  });

  it('a Request Type value that is the request type itself (FACTS gives only the field type) names the type without more reads', async () => {
    await throughRewrite((where, body) => {
      if (!where.endsWith('/search/jql')) return body;
      for (const issue of (body as { issues?: { fields?: Record<string, { requestType?: unknown }> }[] }).issues ?? []) {
        const value = issue.fields?.customfield_10010;
        if (value?.requestType) issue.fields!.customfield_10010 = value.requestType as { requestType?: unknown };
      }
      return body;
    }, async ({ own, bare }) => {
      // Created through a gateway of its own, which knows the type; the one behind the rewriting site does not.
      const first = await startJsmTestPortal({ sim: own });
      try {
        const request = await create(anna, 'In JSM gestellt', first);
        own.resetCalls();
        const found = (await list(anna, 'requestTypeId=rt-bug', bare)).body.items.find((i) => i.key === request.key);
        expect(found?.requestType.key).toBe('bug');
        expect(own.calls.some((c) => c.method === 'GET' && c.path === `/rest/servicedeskapi/request/${request.key}`)).toBe(false);
      } finally {
        await first.dispose();
      }
    });
  });

  it('a servicedeskapi comment without its public flag is not shown', async () => {
    await throughRewrite((where, body) => {
      if (!/\/rest\/servicedeskapi\/request\/[^/]+\/comment$/.test(where)) return body;
      for (const comment of (body as { values?: Record<string, unknown>[] }).values ?? []) {
        if (comment.body === 'Ohne Flag') delete comment.public;
      }
      return body;
    }, async ({ own, bare }) => {
      const request = await create(anna, 'Kommentar ohne Flag', bare);
      await own.agentComment(request.key, { body: 'Ohne Flag', internal: false });
      await own.agentComment(request.key, { body: 'Mit Flag', internal: false });
      const detail = await call<RequestDetail>(bare, 'GET', `/requests/${request.key}`, { token: anna });
      expect(detail.body.activity.filter((a) => a.type === 'comment').map((a) => a.body)).toEqual(['Mit Flag']);
    });
  });
});

describe('who counts as the support team', () => {
  it('servicedeskapi authors carry no account type; the platform user does', async () => {
    const request = await create(anna, 'Typen der Konten');
    await sim.agentComment(request.key, { body: 'Antwort', internal: false });
    const comments = (await (await asServiceAccount(sim, `/rest/servicedeskapi/request/${request.key}/comment`)).json()) as { values: { author: Record<string, unknown> }[] };
    const author = comments.values[0]?.author;
    expect(author?.accountId).toBeTruthy();
    expect(author).not.toHaveProperty('accountType');
    const user = await asServiceAccount(sim, `/rest/api/3/user?accountId=${encodeURIComponent(String(author?.accountId))}`);
    expect(user.status).toBe(200);
    expect(await user.json()).toMatchObject({ accountId: author?.accountId, accountType: 'atlassian' });
    expect((await asServiceAccount(sim, '/rest/api/3/user?accountId=nobody')).status).toBe(404);
  });

  it("a portal-only customer the gateway has never seen is a customer, not the support team; an agent's reply still counts", async () => {
    sim.loadSeed({ customers: [{ accountId: 'qm:kollegin-mail', displayName: 'Kollegin per Mail', emailAddress: 'kollegin@praxis-berger.example' }] });
    const request = await create(anna, 'Antwort per Mail');
    await sim.agentComment(request.key, { body: 'Ich schaue es mir auch an.', internal: false, author: 'qm:kollegin-mail' });
    sim.resetCalls();
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.key}`, { token: anna });
    expect(detail.body.activity.find((a) => a.type === 'comment')?.author).toEqual({ name: 'Kollegin per Mail', isAgent: false });
    expect(detail.body.lastAgentActivityAt).toBeNull();
    const listed = (await list(markus, '')).body.items.find((i) => i.key === request.key);
    expect(listed?.lastAgentActivityAt).toBeNull();
    // Looked up once per process, not on every read.
    await call(portal, 'GET', `/requests/${request.key}`, { token: anna });
    expect(sim.calls.filter((c) => c.path === '/rest/api/3/user' && c.query.includes('kollegin-mail'))).toHaveLength(1);

    const agent = sim.createAgentUser('Team Support');
    await sim.agentComment(request.key, { body: 'Behoben.', internal: false, author: agent });
    const after = await call<RequestDetail>(portal, 'GET', `/requests/${request.key}`, { token: anna });
    expect(after.body.activity.find((a) => a.body === 'Behoben.')?.author).toEqual({ name: 'Team Support', isAgent: true });
    expect(after.body.lastAgentActivityAt).not.toBeNull();
  });
  it('the reporter of a request raised in JSM is a customer even with an Atlassian account', async () => {
    await create(anna, 'Praxis angelegt');
    const reporter = sim.createAgentUser('Dr. Extern');
    sim.loadSeed({ issues: [{ requestTypeId: '10', summary: 'Im Portal gestellt', reporterId: reporter, organizationIds: [organizationOf(sim, 'org-berger').id] }] });
    const key = sim.issues().find((i) => i.summary === 'Im Portal gestellt')?.key ?? '';
    await sim.agentComment(key, { body: 'Noch eine Frage von mir', internal: false, author: reporter });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${key}`, { token: anna });
    expect(detail.body.activity.find((a) => a.body === 'Noch eine Frage von mir')?.author).toEqual({ name: 'Dr. Extern', isAgent: false });
    expect(detail.body.lastAgentActivityAt).toBeNull();
    const listed = (await list(markus, '')).body.items.find((i) => i.key === key);
    expect(listed?.lastAgentActivityAt).toBeNull();
  });

  it('a participant of the request is a customer even with an Atlassian account', async () => {
    const request = await create(anna, 'Mit Beteiligtem');
    const participant = sim.createAgentUser('Dr. Beteiligt');
    const shared = await asServiceAccount(sim, `/rest/api/3/issue/${request.key}`, { method: 'PUT', json: { fields: { customfield_10001: [{ accountId: participant }] } } });
    expect(shared.status).toBe(204);
    await sim.agentComment(request.key, { body: 'Ich bin in Kopie', internal: false, author: participant });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.key}`, { token: anna });
    expect(detail.body.activity.find((a) => a.body === 'Ich bin in Kopie')?.author).toEqual({ name: 'Dr. Beteiligt', isAgent: false });
    expect(detail.body.lastAgentActivityAt).toBeNull();
    const listed = (await list(markus, '')).body.items.find((i) => i.key === request.key);
    expect(listed?.lastAgentActivityAt).toBeNull();
  });

  it("a portal user given an agent's address in another practice leaves the agent's answers the support team's", async () => {
    const request = await create(anna, 'Antwort von Eva');
    const eva = sim.createAgentUser('Eva Support', 'eva@vendor.example');
    await sim.agentComment(request.key, { body: 'Erste Antwort', internal: false, author: eva });
    const tester = await signToken(DEMO_JWT_SECRET, { sub: 'u-tester', email: 'eva@vendor.example', name: 'Eva Test', org: 'org-test', org_name: 'Testpraxis' });
    expect((await call(portal, 'GET', '/requests?ownership=mine&status=all', { token: tester })).status).toBe(200);
    await sim.agentComment(request.key, { body: 'Zweite Antwort', internal: false, author: eva });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.key}`, { token: anna });
    for (const body of ['Erste Antwort', 'Zweite Antwort']) {
      expect(detail.body.activity.find((a) => a.body === body)?.author).toEqual({ name: 'Eva Support', isAgent: true });
    }
    expect(detail.body.lastAgentActivityAt).not.toBeNull();
    expect((await list(markus, '')).body.items.find((i) => i.key === request.key)?.lastAgentActivityAt).not.toBeNull();
  });

  it('a site that fails the account lookup still shows the request, counting the author as before', async () => {
    sim.loadSeed({ customers: [{ accountId: 'qm:ohne-typ', displayName: 'Ohne Typ', emailAddress: 'ohne-typ@praxis-berger.example' }] });
    const request = await create(anna, 'Konto nicht nachschlagbar');
    await sim.agentComment(request.key, { body: 'Antwort ohne Typ', internal: false, author: 'qm:ohne-typ' });
    sim.fault({ kind: 'status', status: 500, times: 100, match: { path: /^\/rest\/api\/3\/user$/ } });
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.key}`, { token: anna });
    expect(detail.status).toBe(200);
    expect(detail.body.activity.find((a) => a.body === 'Antwort ohne Typ')?.author).toEqual({ name: 'Ohne Typ', isAgent: true });
  });
});

describe('issues that are no customer request', () => {
  it("an agent's plain Jira issue shared with the practice is in no list and has no page, and the list around it still works", async () => {
    const request = await create(anna, 'Neben einem Jira-Vorgang');
    sim.loadSeed({ issues: [{ summary: 'Interner Jira-Vorgang', reporterId: sim.serviceAccountId, organizationIds: [organizationOf(sim, 'org-berger').id] }] });
    const plain = sim.issues().find((i) => i.summary === 'Interner Jira-Vorgang')!;
    for (const token of [anna, markus]) {
      const all = await list(token, '');
      expect(all.status).toBe(200);
      expect(all.body.items.map((i) => i.key)).toContain(request.key);
      expect(all.body.items.map((i) => i.key)).not.toContain(plain.key);
    }
    sim.resetCalls();
    await list(anna, '');
    // What servicedeskapi said of the issue is kept: the next list does not ask again.
    expect(sim.calls.filter((c) => c.path.endsWith(`/request/${plain.key}`))).toEqual([]);
    expect((await call(portal, 'GET', `/requests/${plain.key}`, { token: anna })).status).toBe(404);
    const reply = await call(portal, 'POST', `/requests/${plain.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Hallo?' } });
    expect(reply.status).toBe(404);
    expect(sim.issue(plain.key)?.comments).toEqual([]);
    // servicedeskapi has no files of it either: a download is missing for good, not one to retry.
    const download = await fetch(`${portal.apiUrl}/attachments/j.${plain.key}.10001`, { headers: { Authorization: `Bearer ${anna}` } });
    expect(download.status).toBe(404);
  });

  it("the reporter of a plain Jira issue is no creator of the practice's requests", async () => {
    await create(anna, 'Neben Evas Jira-Vorgang');
    const eva = sim.createAgentUser('Eva Jira');
    sim.loadSeed({ issues: [{ summary: 'Evas Jira-Vorgang', reporterId: eva, organizationIds: [organizationOf(sim, 'org-berger').id] }] });
    const creators = await call<{ items: { name: string }[] }>(portal, 'GET', '/requests/creators', { token: anna });
    expect(creators.status).toBe(200);
    expect(creators.body.items.map((p) => p.name)).toContain('Dr. Anna Berger');
    expect(creators.body.items.map((p) => p.name)).not.toContain('Eva Jira');
  });

  it('more plain issues than a list reads of comments are all left out', async () => {
    await create(anna, 'Vor vielen Jira-Vorgängen');
    const organizationIds = [organizationOf(sim, 'org-berger').id];
    sim.loadSeed({ issues: Array.from({ length: 12 }, (_, i) => ({ summary: `Jira-Vorgang ${i}`, reporterId: sim.serviceAccountId, organizationIds })) });
    const all = await list(anna, '');
    expect(all.status).toBe(200);
    expect(all.body.items.filter((i) => i.summary.startsWith('Jira-Vorgang'))).toEqual([]);
  });

  it("a request of a type the widget does not offer is listed under its JSM name in the reader's language, without a read of its own", async () => {
    await create(anna, 'Vor der Schulung');
    sim.loadSeed({ issues: [{ requestTypeId: '13', summary: 'Schulung per Telefon', reporterId: sim.serviceAccountId, organizationIds: [organizationOf(sim, 'org-berger').id] }] });
    const training = sim.issues().find((i) => i.summary === 'Schulung per Telefon')!;
    sim.resetCalls();
    for (let round = 0; round < 2; round++) {
      const item = (await list(anna, '')).body.items.find((i) => i.key === training.key);
      expect(item?.requestType).toMatchObject({ id: 'jsm-13', name: 'Schulungstermin anfragen' });
    }
    expect(sim.calls.filter((c) => c.path.endsWith(`/request/${training.key}`))).toEqual([]);
    // Sofia reads English.
    const sofia = await tokenFor('sofia');
    for (let round = 0; round < 2; round++) {
      const english = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&limit=100', { token: sofia, headers: { 'Accept-Language': 'en' } });
      const item = english.body.items.find((i) => i.key === training.key);
      expect(item?.requestType.name).toBe('Request a training session');
    }
    // The type's name is read once per language, not per list.
    expect(sim.calls.filter((c) => c.path.endsWith('/requesttype/13'))).toHaveLength(2);
  });
});

describe('replies with attachments', () => {
  it("an agent's file arrives whole also from a media store that compresses it, whatever it was asked for", async () => {
    const own = await startJsmSimulator();
    const text = 'Zeile aus dem Serverprotokoll\n'.repeat(2_500);
    const media = createServer((_, res) => {
      const packed = gzipSync(Buffer.from(text));
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip', 'content-length': String(packed.length) });
      res.end(packed);
    });
    await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
    const mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}/file`;
    const site = await jsmSiteInFront(own.url, async (c) =>
      c.path.startsWith('/rest/api/3/attachment/content/') ? new Response(null, { status: 303, headers: { location: mediaUrl } }) : c.upstream(),
    );
    const bare = await startJsmTestPortal({ sim: own, gateway: { siteUrl: site.url } });
    try {
      const request = await create(anna, 'Protokoll bitte', bare);
      await own.agentComment(request.key, { body: 'Das Protokoll', internal: false, attachment: { name: 'server.log', mimeType: 'text/plain', data: new TextEncoder().encode(text) } });
      const page = await call<RequestDetail>(bare, 'GET', `/requests/${request.key}`, { token: anna });
      const file = page.body.activity.flatMap((a) => a.attachments ?? []).find((f) => f.name === 'server.log');
      const download = await fetch(`${bare.apiUrl}/attachments/${file?.id ?? ''}`, { headers: { Authorization: `Bearer ${anna}` } });
      expect(download.status).toBe(200);
      expect(await download.text()).toBe(text);
    } finally {
      await bare.dispose();
      await site.close();
      media.closeAllConnections();
      await new Promise<void>((resolve) => media.close(() => resolve()));
      await own.close();
    }
  });

  it('show the customer’s text without the mentions JSM appended', async () => {
    const request = await create(anna, 'Antwort mit Datei');
    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode('log')]), 'log.txt');
    const file = await call<UploadedAttachment>(portal, 'POST', '/attachments', { token: anna, rawBody: form });
    expect(file.status).toBe(201);
    const reply = await call<ActivityItem>(portal, 'POST', `/requests/${request.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Log anbei [^notiz.txt]', attachments: [file.body.id] } });
    expect(reply.status).toBe(201);
    expect(sim.issue(request.key)?.comments.at(-1)?.body).toMatch(/\[\^log\.txt\]$/);
    expect(reply.body.body).toBe('Log anbei [^notiz.txt]');
    expect(reply.body.attachments?.map((a) => a.name)).toEqual(['log.txt']);
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${request.key}`, { token: markus });
    expect(detail.body.activity.find((a) => a.type === 'comment')?.body).toBe('Log anbei [^notiz.txt]');
  });

  it('strips only a trailing run of mentions of the comment’s own files', () => {
    const names = ['screenshot.png', 'log.txt'];
    // The documented answer of the attachment call (SM createAttachment).
    expect(withoutAttachmentMentions('Please find the screenshot and the log file attached. !screenshot.png|thumbnail! [^log.txt] _(32 kB)_', names))
      .toBe('Please find the screenshot and the log file attached.');
    expect(withoutAttachmentMentions('Siehe [^log.txt] oben\n\n[^log.txt]', names)).toBe('Siehe [^log.txt] oben');
    expect(withoutAttachmentMentions('Mein Text [^andere.txt]', names)).toBe('Mein Text [^andere.txt]');
    // A size may follow an image's mention as well.
    expect(withoutAttachmentMentions('Datei anbei !screenshot.png|thumbnail! _(66 B)_', names)).toBe('Datei anbei');
    expect(withoutAttachmentMentions('Nur Text', [])).toBe('Nur Text');
    // Names that hold a mention's own marks.
    expect(withoutAttachmentMentions('Siehe Screenshot !Wichtig!.png|thumbnail! [^a[^b].txt]', ['Wichtig!.png', 'a[^b].txt'])).toBe('Siehe Screenshot');
    expect(withoutAttachmentMentions('Danke, erledigt !Achtung!.png!', ['Achtung!.png'])).toBe('Danke, erledigt');
  });

  it('reads a reply of 30,000 blanks in linear time: one customer cannot block the gateway for everyone', () => {
    const names = ['screenshot.png', 'log.txt'];
    const started = performance.now();
    for (const blank of [' ', '\n', ' [^log.txt] _(']) withoutAttachmentMentions(`x${blank.repeat(30_000 / blank.length)}x`, names);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('JQL that JSM refuses', () => {
  it('a created-by filter naming an account JSM does not know is an empty list, and leaves search as it was', async () => {
    await create(markus, 'Drucker im Flur');
    await list(anna, '');
    sim.resetCalls();
    const unknown = await list(anna, 'createdBy=jsm%3Aqm%3Aniemand');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual({ items: [], nextCursor: null });
    // Anyone may make one up: it costs JSM the one search JSM refused, no more than any list.
    expect(sim.calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual(['POST /rest/api/3/search/jql 400']);
    const searched = await list(anna, 'createdBy=jsm%3Aqm%3Aniemand&q=Drucker');
    expect(searched.status).toBe(200);
    expect(searched.body.items).toEqual([]);
    expect(plainWordLogs(portal)).toEqual([]);
    // Prefix terms still go out: "Druck" finds "Drucker" only as `druck*`.
    expect((await list(markus, 'q=Druck')).body.items.map((i) => i.summary)).toContain('Drucker im Flur');
  });

  it('a created-by filter naming a reporter JSM knows still filters', async () => {
    // The practice's organization exists once one of its users was seen.
    await list(anna, '');
    sim.loadSeed({
      customers: [{ accountId: 'qm:per-portal', displayName: 'Über das Portal', emailAddress: 'portal@praxis-berger.example' }],
      issues: [{ requestTypeId: '10', summary: 'Im JSM-Portal gemeldet', reporterId: 'qm:per-portal', organizationIds: [organizationOf(sim, 'org-berger').id] }],
    });
    const mine = await list(anna, 'createdBy=jsm%3Aqm%3Aper-portal');
    expect(mine.body.items.map((i) => [i.summary, i.createdBy])).toEqual([['Im JSM-Portal gemeldet', { id: 'jsm:qm:per-portal', name: 'Über das Portal' }]]);
  });

  it('an organization renamed in JSM is read again and found under its new name, in lists and their creators, without giving up search terms', async () => {
    const own = await startJsmSimulator();
    const bare = await startJsmTestPortal({ sim: own });
    try {
      await create(anna, 'Drucker vor der Umbenennung', bare);
      own.renameOrganization(organizationOf(own, 'org-berger').id, 'Praxis Berger (neu)');
      const all = await list(markus, '', bare);
      expect(all.status).toBe(200);
      expect(all.body.items.map((i) => i.summary)).toContain('Drucker vor der Umbenennung');
      own.renameOrganization(organizationOf(own, 'org-berger').id, 'Praxis Berger (neuer)');
      const searched = await list(markus, 'q=Druck', bare);
      expect(searched.body.items.map((i) => i.summary)).toEqual(['Drucker vor der Umbenennung']);
      expect(plainWordLogs(bare)).toEqual([]);
      own.renameOrganization(organizationOf(own, 'org-berger').id, 'Praxis Berger (am neuesten)');
      const creators = await call<{ items: { name: string }[] }>(bare, 'GET', '/requests/creators', { token: markus });
      expect(creators.status).toBe(200);
      expect(creators.body.items.map((p) => p.name)).toContain('Dr. Anna Berger');
    } finally {
      await bare.dispose();
      await own.close();
    }
  });
});

describe('organizations whose names an admin swapped in JSM', () => {
  it("are read again: each practice's list still shows its colleagues' requests and nothing of the other", async () => {
    const own = await startJsmSimulator();
    const bare = await startJsmTestPortal({ sim: own });
    try {
      const [lena, jonas] = await Promise.all([tokenFor('lena'), tokenFor('jonas')]);
      await create(anna, 'Von Anna vor dem Tausch', bare);
      await create(jonas, 'Von Jonas vor dem Tausch', bare);
      expect((await list(markus, '', bare)).body.items.map((i) => i.summary)).toEqual(['Von Anna vor dem Tausch']);
      expect((await list(lena, '', bare)).body.items.map((i) => i.summary)).toEqual(['Von Jonas vor dem Tausch']);
      const berger = organizationOf(own, 'org-berger');
      const see = organizationOf(own, 'org-see');
      const [bergerName, seeName] = [berger.name, see.name];
      own.renameOrganization(berger.id, 'Zwischenname');
      own.renameOrganization(see.id, bergerName);
      own.renameOrganization(berger.id, seeName);
      expect((await list(markus, '', bare)).body.items.map((i) => i.summary)).toEqual(['Von Anna vor dem Tausch']);
      expect((await list(lena, '', bare)).body.items.map((i) => i.summary)).toEqual(['Von Jonas vor dem Tausch']);
    } finally {
      await bare.dispose();
      await own.close();
    }
  });
});

describe("the reader's own private requests", () => {
  it('are theirs alone: in their lists and on their page, answered and downloaded, but not a colleague’s', async () => {
    const own = await create(anna, 'Nur für Anna');
    await asServiceAccount(sim, `/rest/api/3/issue/${own.key}`, { method: 'PUT', json: { fields: { customfield_10002: [] } } });
    await sim.agentComment(own.key, { body: 'Bitte die Datei ansehen', internal: false, attachment: { name: 'anleitung.txt', mimeType: 'text/plain', data: new TextEncoder().encode('Schritt 1') } });
    expect((await list(anna, 'ownership=mine')).body.items.map((i) => i.key)).toContain(own.key);
    expect((await list(anna, '')).body.items.map((i) => i.key)).toContain(own.key);
    expect((await list(markus, '')).body.items.map((i) => i.key)).not.toContain(own.key);

    const page = await call<RequestDetail>(portal, 'GET', `/requests/${own.key}`, { token: anna });
    expect(page.status).toBe(200);
    const file = page.body.activity.flatMap((a) => a.attachments ?? []).find((f) => f.name === 'anleitung.txt');
    const download = (token: string) => fetch(`${portal.apiUrl}/attachments/${file?.id ?? ''}`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await download(anna)).status).toBe(200);
    expect((await call(portal, 'POST', `/requests/${own.key}/comments`, { token: anna, idempotencyKey: newKey(), body: { body: 'Danke!' } })).status).toBe(201);

    expect((await call(portal, 'GET', `/requests/${own.key}`, { token: markus })).status).toBe(404);
    expect((await download(markus)).status).toBe(404);
    expect((await call(portal, 'POST', `/requests/${own.key}/comments`, { token: markus, idempotencyKey: newKey(), body: { body: 'Ich auch' } })).status).toBe(404);
  });

  it('shared with someone as a participant: in their "Alle" and on their page, which they may answer; not anyone else\'s', async () => {
    const lena = await tokenFor('lena');
    // Both have been seen, so both are JSM customers.
    await Promise.all([list(markus, ''), list(lena, '')]);
    const accountOf = (email: string) => sim.customers().find((c) => c.emailAddress === email)?.accountId ?? '';
    const request = await create(anna, 'Mit Kollegen in Kopie');
    const participants = [accountOf('markus.klein@praxis-berger.example'), accountOf('lena.hoffmann@physio-am-see.example')];
    const shared = await asServiceAccount(sim, `/rest/api/3/issue/${request.key}`, {
      method: 'PUT', json: { fields: { customfield_10002: [], customfield_10001: participants.map((accountId) => ({ accountId })) } },
    });
    expect(shared.status).toBe(204);
    for (const token of [markus, lena]) {
      expect((await list(token, '')).body.items.map((i) => i.key)).toContain(request.key);
      const mine = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all&limit=100', { token });
      expect(mine.body.items.map((i) => i.key)).not.toContain(request.key);
      expect((await call(portal, 'GET', `/requests/${request.key}`, { token })).status).toBe(200);
      expect((await call(portal, 'POST', `/requests/${request.key}/comments`, { token, idempotencyKey: newKey(), body: { body: 'Gesehen' } })).status).toBe(201);
    }
    // Filtered by its creator, Anna's colleague still finds it, as in his "Alle".
    expect((await list(markus, 'createdBy=u-berger-anna')).body.items.map((i) => i.key)).toContain(request.key);
    // Lena sees Anna's request, but filtering by Anna's user id from another practice finds nothing: whose it is stays
    // the practice's to tell.
    expect((await list(lena, 'createdBy=u-berger-anna')).body.items).toEqual([]);
    const jonas = await tokenFor('jonas');
    expect((await list(jonas, '')).body.items.map((i) => i.key)).not.toContain(request.key);
    expect((await call(portal, 'GET', `/requests/${request.key}`, { token: jonas })).status).toBe(404);
  });

  it('a site that refuses the participants clause still lists the reader\'s own private requests, logged once', async () => {
    const own = await startJsmSimulator();
    const site = await jsmSiteInFront(own.url, async (c) =>
      c.path.endsWith('/search/jql') && c.body.includes('Request participants') ? Response.json({ errorMessages: ["Field 'Request participants' does not exist"] }, { status: 400 }) : c.upstream(),
    );
    const bare = await startJsmTestPortal({ sim: own, gateway: { siteUrl: site.url } });
    try {
      const kept = await create(anna, 'Privat ohne Beteiligte', bare);
      await asServiceAccount(own, `/rest/api/3/issue/${kept.key}`, { method: 'PUT', json: { fields: { customfield_10002: [] } } });
      for (let i = 0; i < 2; i++) expect((await list(anna, '', bare)).body.items.map((item) => item.summary)).toEqual(['Privat ohne Beteiligte']);
      expect(bare.logs.filter((line) => line.includes('refused "Request participants"'))).toHaveLength(1);
      expect(bare.logs.filter((line) => line.includes('lists show only requests shared with the practice'))).toEqual([]);
      expect(own.violations).toEqual([]);
    } finally {
      await bare.dispose();
      await site.close();
      await own.close();
    }
  });

  it('a site that refuses searching for them still lists the practice’s requests, from then on without them', async () => {
    const own = await startJsmSimulator();
    let refusing = false;
    const site = await jsmSiteInFront(own.url, async (c) =>
      refusing && c.path.endsWith('/search/jql') && c.body.includes(' OR reporter') ? Response.json({ errorMessages: ['OR is not supported here'] }, { status: 400 }) : c.upstream(),
    );
    const bare = await startJsmTestPortal({ sim: own, gateway: { siteUrl: site.url } });
    try {
      await create(anna, 'Mit der Praxis geteilt', bare);
      const kept = await create(anna, 'Später privat', bare);
      await asServiceAccount(own, `/rest/api/3/issue/${kept.key}`, { method: 'PUT', json: { fields: { customfield_10002: [] } } });
      const mine = async () => (await list(anna, 'ownership=mine', bare)).body.items.map((i) => i.summary).sort();
      expect(await mine()).toEqual(['Mit der Praxis geteilt', 'Später privat']);
      refusing = true;
      expect(await mine()).toEqual(['Mit der Praxis geteilt']);
      expect(bare.logs.filter((line) => line.includes('lists show only requests shared with the practice'))).toHaveLength(1);
      expect(await mine()).toEqual(['Mit der Praxis geteilt']);
      expect(own.violations).toEqual([]);
    } finally {
      await bare.dispose();
      await site.close();
      await own.close();
    }
  });

  it("an account an admin deleted in JSM gets its user a new one, and turns off nobody else's private requests", async () => {
    const own = await startJsmSimulator();
    const bare = await startJsmTestPortal({ sim: own });
    try {
      const privately = async (token: string, summary: string) => {
        const created = await create(token, summary, bare);
        await asServiceAccount(own, `/rest/api/3/issue/${created.key}`, { method: 'PUT', json: { fields: { customfield_10002: [] } } });
      };
      await privately(anna, 'Annas private Anfrage');
      await privately(markus, 'Markus private Anfrage');
      const accountOf = (summary: string) => own.issues().find((i) => i.summary === summary)?.reporterId ?? '';
      const markusAccount = accountOf('Markus private Anfrage');
      own.deleteCustomer(markusAccount);
      // A list starts over with a new account; the old requests went with the deleted one.
      const his = await list(markus, 'ownership=mine', bare);
      expect(his.status).toBe(200);
      expect(his.body.items).toEqual([]);
      expect((await list(anna, '', bare)).body.items.map((i) => i.summary)).toContain('Annas private Anfrage');
      expect(bare.logs.filter((line) => line.includes('lists show only requests shared with the practice'))).toEqual([]);
      await create(markus, 'Markus mit neuem Konto', bare);
      expect(accountOf('Markus mit neuem Konto')).not.toBe(markusAccount);
      // So does a create, JSM refusing the deleted account as the reporter.
      const annaAccount = accountOf('Annas private Anfrage');
      own.deleteCustomer(annaAccount);
      await create(anna, 'Anna mit neuem Konto', bare);
      expect(accountOf('Anna mit neuem Konto')).not.toBe(annaAccount);
      expect(own.violations).toEqual([]);
    } finally {
      await bare.dispose();
      await own.close();
    }
  });
});

describe('an account erased in Atlassian (GDPR)', () => {
  it('gets its user a new one at their next create, and a reply after it works: nothing is refused for good', async () => {
    const own = await startJsmSimulator();
    const bare = await startJsmTestPortal({ sim: own });
    try {
      const before = await create(markus, 'Vor der Löschung', bare);
      const erased = own.issues().find((i) => i.key === before.key)?.reporterId ?? '';
      own.eraseCustomer(erased);
      const after = await create(markus, 'Nach der Löschung', bare);
      const account = own.issues().find((i) => i.key === after.key)?.reporterId;
      expect(account).not.toBe(erased);
      expect(bare.logs).toContainEqual(expect.stringContaining(`account ${erased} is erased in JSM`));
      const reply = await call(bare, 'POST', `/requests/${after.key}/comments`, { token: markus, idempotencyKey: newKey(), body: { body: 'Noch da' } });
      expect(reply.status).toBe(201);
      expect((await list(markus, '', bare)).body.items.map((i) => i.summary)).toEqual(expect.arrayContaining(['Vor der Löschung', 'Nach der Löschung']));
      expect(own.violations).toEqual([]);
    } finally {
      await bare.dispose();
      await own.close();
    }
  });

  it('a user whose account was erased before it joined the desk gets a new one, instead of the refused call at every visit', async () => {
    const own = await startJsmSimulator();
    const bare = await startJsmTestPortal({ sim: own });
    try {
      // The first visit found (made) the account but could not add it to the desk.
      own.fault({ kind: 'status', status: 503, times: 20, match: { method: 'POST', path: /\/servicedesk\/\d+\/customer$/ } });
      expect((await list(markus, 'ownership=mine', bare)).status).toBe(503);
      own.clearFaults();
      const erased = own.customers().find((c) => c.emailAddress === 'markus.klein@praxis-berger.example')?.accountId ?? '';
      own.eraseCustomer(erased);
      expect((await list(markus, 'ownership=mine', bare)).status).toBe(200);
      const created = await create(markus, 'Mit neuem Konto', bare);
      expect(own.issues().find((i) => i.key === created.key)?.reporterId).not.toBe(erased);
      expect(own.violations).toEqual([]);
    } finally {
      await bare.dispose();
      await own.close();
    }
  });
});

describe('start-up', () => {
  const start = (site: string, log?: (line: string) => void) => jsmStartOutcome(sim, { siteUrl: site }, log);

  it('leaves out a request type without a Description field where it sees hidden fields, and only warns where it may not', async () => {
    const withoutDescription = (hiddenToo: boolean) => rewritingSite(sim.url, (where, body) => {
      if (!where.endsWith('/requesttype/11/field')) return body;
      const fields = body as { requestTypeFields: { fieldId: string; visible: boolean }[] };
      return { ...fields, requestTypeFields: fields.requestTypeFields.filter((f) => f.fieldId !== 'description' && (!hiddenToo || f.visible)) };
    });
    const warnings = (lines: string[]) => lines.filter((line) => line.includes('no Description field'));
    const sees = await withoutDescription(false);
    const blind = await withoutDescription(true);
    try {
      const logged: string[] = [];
      expect(await start(sees.url, (line) => logged.push(line))).toBe('started');
      expect(warnings(logged)).toEqual([expect.stringMatching(/request type support=11 is not offered: request type 11 \("support"\) has no Description field/)]);
      expect(logged).toContainEqual(expect.stringMatching(/request types offered bug=10, billing=12$/));
      const unsure: string[] = [];
      expect(await start(blind.url, (line) => unsure.push(line))).toBe('started');
      expect(warnings(unsure)).toEqual([expect.stringContaining('request types support=11 have no Description field')]);
      const plain: string[] = [];
      expect(await start(sim.url, (line) => plain.push(line))).toBe('started');
      expect(warnings(plain)).toEqual([]);
    } finally {
      await sees.close();
      await blind.close();
    }
  });

  it('warns, naming them, of request types without the Organizations field', async () => {
    const bare = await startJsmTestPortal({ simOptions: { organizationsFieldOnRequestTypes: false } });
    try {
      const warning = bare.logs.find((line) => line.includes('no Organizations field'));
      expect(warning).toContain('bug=10, support=11, billing=12');
    } finally {
      await bare.dispose();
    }
    expect(portal.logs.filter((line) => line.includes('no Organizations field'))).toEqual([]);
  });
});
