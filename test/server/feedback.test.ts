import { createHmac } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleFeedback, ArticleSummary, Problem, SynonymTable } from '../../src/api/contract.js';
import { DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import { call, startJsmTestPortal, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

// Learning from what helped (issue 15): POST /articles/:id/feedback, learned keywords in GET /articles, and the
// installation's synonym groups (GET /synonyms), on both backends.

const BACKENDS = ['sqlite', 'jsm'] as const;
const FEEDBACK = (id: string) => `/articles/${id}/feedback`;
const solved = (...terms: string[]): ArticleFeedback => ({ terms, kind: 'solved' });

/** A user of a practice of its own: a new practice for every `n`. */
const practiceToken = (n: number) =>
  signToken(DEMO_JWT_SECRET, { sub: `u-praxis-${n}`, email: `team@praxis-${n}.example`, name: `Team ${n}`, org: `org-praxis-${n}`, org_name: `Praxis ${n}` });

const learnedOf = (index: ArticleSummary[], id: string) => index.filter((a) => a.id === id).map((a) => a.learnedKeywords);

describe.each(BACKENDS)('article feedback (%s backend)', (backend) => {
  let portal: TestPortal;
  let anna: string;

  beforeAll(async () => {
    portal = await startTestPortal({ learnMinPractices: 3, rateLimits: { feedbackPer10Minutes: 1000 } }, backend);
    anna = await tokenFor('anna');
  });
  afterAll(() => portal.dispose());

  it('answers 204 with an empty body, for users and for visitors', async () => {
    for (const token of [anna, null]) {
      const response = await call(portal, 'POST', FEEDBACK('drucken'), { token, body: solved('ausdruck') });
      expect(response.status).toBe(204);
      expect(response.text).toBe('');
    }
    expect((await call(portal, 'POST', FEEDBACK('drucken'), { token: anna, body: { terms: ['ausdruck'], kind: 'abandoned' } })).status).toBe(204);
  });

  it('learns a term after k distinct practices; repeats and visitors do not count; the index and its ETag change then only', async () => {
    const first = await call<ArticleSummary[]>(portal, 'GET', '/articles');
    const etag = first.headers.get('etag') as string;
    expect(learnedOf(first.body, 'passwort-vergessen')).toEqual([undefined, undefined]);

    const [one, two, three] = await Promise.all([1, 2, 3].map(practiceToken));
    await call(portal, 'POST', FEEDBACK('passwort-vergessen'), { token: one, body: solved('kennwort', 'vergess') });
    for (let i = 0; i < 3; i++) await call(portal, 'POST', FEEDBACK('passwort-vergessen'), { token: one, body: solved('kennwort') });
    for (let i = 0; i < 5; i++) await call(portal, 'POST', FEEDBACK('passwort-vergessen'), { token: null, body: solved('kennwort') });
    await call(portal, 'POST', FEEDBACK('passwort-vergessen'), { token: two, body: solved('Kennwort') });
    // Pending counts change nothing served.
    const pending = await call(portal, 'GET', '/articles', { headers: { 'If-None-Match': etag } });
    expect(pending.status).toBe(304);

    await call(portal, 'POST', FEEDBACK('passwort-vergessen'), { token: three, body: { terms: ['kennwort'], kind: 'abandoned' } });
    const after = await call<ArticleSummary[]>(portal, 'GET', '/articles', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    const newEtag = after.headers.get('etag') as string;
    expect(newEtag).not.toBe(etag);
    expect(after.headers.get('cache-control')).toBe('no-cache');
    // Both language versions of the article, nothing on the others.
    expect(learnedOf(after.body, 'passwort-vergessen')).toEqual([['kennwort'], ['kennwort']]);
    expect(after.body.find((a) => a.id === 'drucken')).not.toHaveProperty('learnedKeywords');
    expect((await call<ArticleSummary[]>(portal, 'GET', '/articles?locale=en')).body[0]?.learnedKeywords).toEqual(['kennwort']);
    expect((await call(portal, 'GET', '/articles', { headers: { 'If-None-Match': newEtag } })).status).toBe(304);
  });

  it('stores nothing that names a user or a practice', async () => {
    const db = new Database(portal.config.dbPath, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'feedback%'").pluck().all() as string[];
      expect(tables.sort()).toEqual(['feedback_learned', 'feedback_pending', 'feedback_pending_marks']);
      const rows = [
        ...tables.flatMap((table) => db.prepare(`SELECT * FROM ${table}`).all()),
        ...db.prepare("SELECT * FROM meta WHERE key LIKE 'feedback.%'").all(),
      ] as Record<string, unknown>[];
      expect(rows.length).toBeGreaterThan(0);
      const text = JSON.stringify(rows).toLowerCase();
      for (const id of ['org-praxis', 'u-praxis', 'praxis-1.example', 'org-berger', 'u-berger-anna', 'anna.berger', '127.0.0.1']) expect(text).not.toContain(id);
      // "ausdruck" (for drucken) and "vergess" are pending, each reported by one practice: only keyed hashes are stored.
      // "kennwort" is learned: its term and count stay, its marks are gone.
      expect(text).not.toContain('ausdruck');
      expect(rows.flatMap((row) => Object.entries(row).filter(([column]) => column !== 'article_id')).map(([, value]) => String(value)).join(' ')).not.toContain('vergess');
      expect(db.prepare("SELECT practices FROM feedback_learned WHERE article_id = 'passwort-vergessen' AND term = 'kennwort'").get()).toEqual({ practices: 3 });
      expect(db.prepare("SELECT count(*) AS n FROM feedback_pending_marks WHERE article_id = 'passwort-vergessen'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('404 for an unknown article', async () => {
    const response = await call<Problem>(portal, 'POST', FEEDBACK('gibt-es-nicht'), { token: anna, body: solved('kennwort') });
    expect(response.status).toBe(404);
    expect(response.body.type).toMatch(/not-found$/);
  });

  it('422 naming every field for bodies that break the contract', async () => {
    const cases: [unknown, string[]][] = [
      [{ kind: 'solved' }, ['terms']],
      [{ terms: [], kind: 'solved' }, ['terms']],
      [{ terms: Array.from({ length: 11 }, (_, i) => `wort${i}`), kind: 'solved' }, ['terms']],
      [{ terms: ['gut', 'zwei wörter', 7, 'x'.repeat(41), ''], kind: 'solved' }, ['terms[1]', 'terms[2]', 'terms[3]', 'terms[4]']],
      [{ terms: ['gut'] }, ['kind']],
      [{ terms: ['gut'], kind: 'helped' }, ['kind']],
      [{ terms: ['gut'], kind: 'solved', query: 'freier Text' }, ['query']],
      [['gut'], ['']],
    ];
    for (const [body, fields] of cases) {
      const response = await call<Problem>(portal, 'POST', FEEDBACK('drucken'), { token: anna, body });
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.body.errors?.map((e) => e.field), JSON.stringify(body)).toEqual(fields);
    }
    expect((await call(portal, 'POST', FEEDBACK('drucken'), { token: anna, rawBody: '{"terms":', headers: { 'Content-Type': 'application/json' } })).status).toBe(400);
  });

  it('401 for a token that is present and invalid', async () => {
    const response = await call(portal, 'POST', FEEDBACK('drucken'), { token: 'not-a-jwt', body: solved('ausdruck') });
    expect(response.status).toBe(401);
  });
});

describe('feedback rate limit', () => {
  const portals: TestPortal[] = [];
  afterEach(async () => {
    await Promise.all(portals.splice(0).map((p) => p.dispose()));
  });

  it('answers 429 with Retry-After beyond the limit, per user and per visitor IP', async () => {
    const portal = await startTestPortal({ rateLimits: { feedbackPer10Minutes: 3 } }, 'sqlite');
    portals.push(portal);
    const [anna, markus] = await Promise.all([tokenFor('anna'), tokenFor('markus')]);
    const send = (token: string | null) => call<Problem>(portal, 'POST', FEEDBACK('drucken'), { token, body: solved('ausdruck') });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(anna)).status);
    expect(statuses).toEqual([204, 204, 204, 429]);
    const limited = await send(anna);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.type).toMatch(/rate-limited$/);
    // Another user has a bucket of their own; visitors share their IP's.
    expect((await send(markus)).status).toBe(204);
    const visitors = [];
    for (let i = 0; i < 4; i++) visitors.push((await send(null)).status);
    expect(visitors).toEqual([204, 204, 204, 429]);
  });

  it('draws on the rate-limit store it is given, under the scope "feedback"', async () => {
    const asked: string[] = [];
    const portal = await startTestPortal({
      rateLimitStore: { take: async (scope, key, rule) => (asked.push(`${scope} ${key} ${rule.capacity}/${rule.windowMs / 60_000}min`), 0) },
    }, 'sqlite');
    portals.push(portal);
    await call(portal, 'POST', FEEDBACK('drucken'), { token: await tokenFor('anna'), body: solved('ausdruck') });
    expect(asked).toEqual(['ip-writes 127.0.0.1 300/1min', 'user-writes u-berger-anna 60/1min', 'feedback user:u-berger-anna 30/10min']);
  });
});

describe('GET /synonyms', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function articlesDir(synonyms?: string): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'synonyms-'));
    cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
    await fs.writeFile(path.join(dir, 'drucken.md'), '---\nid: drucken\ntitle: Drucken\nlocale: de\n---\nDrucken geht über den Browser.\n');
    if (synonyms !== undefined) await fs.writeFile(path.join(dir, 'synonyms.txt'), synonyms);
    return dir;
  }

  it.each(BACKENDS)('serves synonyms.txt of the articles folder, skipping bad lines with a log line (%s backend)', async (backend) => {
    const file = [
      '# Eigene Gruppen der Installation',
      'Behandler, Arzt, Doktor',
      '',
      'Rezept,  eRezept , E-Rezept,',
      'nur ein wort',
      'Abo, <script>, Lizenz',
      'Kasse, Kasse',
      `${'x'.repeat(61)}, kurz`,
      'geht nicht, Fehler, kaputt',
      'Etikett, =Sticker, =zwei wörter',
      'Etikett, =Sticker',
    ].join('\r\n');
    const portal = await startTestPortal({ articlesDir: await articlesDir(`\uFEFF${file}`) }, backend);
    cleanups.push(() => portal.dispose());
    const response = await call<SynonymTable>(portal, 'GET', '/synonyms');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ groups: [['Behandler', 'Arzt', 'Doktor'], ['Rezept', 'eRezept', 'E-Rezept'], ['geht nicht', 'Fehler', 'kaputt'], ['Etikett', '=Sticker']] });
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(portal.logs.filter((line) => line.startsWith('synonyms:'))).toEqual([
      'synonyms: skipped line 5 of synonyms.txt ("nur ein wort"): a group needs at least two different words',
      'synonyms: skipped line 6 of synonyms.txt ("Abo, <script>, Lizenz"): "<script>" is not a word or phrase (letters and digits, at most 60 characters)',
      'synonyms: skipped line 7 of synonyms.txt ("Kasse, Kasse"): a group needs at least two different words',
      `synonyms: skipped line 8 of synonyms.txt (${JSON.stringify(`${'x'.repeat(61)}, kurz`.slice(0, 80))}): "${'x'.repeat(61)}" is not a word or phrase (letters and digits, at most 60 characters)`,
      'synonyms: skipped line 10 of synonyms.txt ("Etikett, =Sticker, =zwei wörter"): "=zwei wörter" is not a word or phrase (letters and digits, at most 60 characters)',
    ]);
    const etag = response.headers.get('etag') as string;
    expect(etag).toMatch(/^".+"$/);
    expect((await call(portal, 'GET', '/synonyms', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await call(portal, 'GET', '/synonyms', { token: await tokenFor('anna') })).status).toBe(200);
    expect((await call(portal, 'GET', '/synonyms', { token: 'expired-or-garbage' })).status).toBe(401);
  });

  it('answers empty groups without a synonyms file', async () => {
    const portal = await startTestPortal({ articlesDir: await articlesDir() }, 'sqlite');
    cleanups.push(() => portal.dispose());
    const response = await call<SynonymTable>(portal, 'GET', '/synonyms');
    expect(response.body).toEqual({ groups: [] });
    expect(portal.logs.filter((line) => line.startsWith('synonyms:'))).toEqual([]);
  });
});

describe('Confluence knowledge base (JSM backend)', () => {
  const SECRET = 'medsupport-test-webhook-secret';
  const sign = (body: string) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
  let portal: TestPortal & { sim: NonNullable<TestPortal['sim']> };

  const SYNONYM_PAGE = [
    '<p># Synonyme der Praxis-Software</p>',
    '<p>Behandler, Arzt, Doktor</p>',
    '<ul><li>Kennwort, PW, Passwort</li><li>einzeln</li></ul>',
    '<p>Abo, Lizenz<br/>Rezept, eRezept</p>',
    '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[Kasse, KV\nTermin, Slot]]></ac:plain-text-body></ac:structured-macro>',
  ].join('');

  beforeAll(async () => {
    portal = await startJsmTestPortal({
      learnMinPractices: 2,
      simOptions: {
        seed: {
          confluence: {
            spaces: [{ key: 'KB' }],
            pages: [
              { spaceKey: 'KB', title: 'Drucker einrichten', storage: '<p>So geht es.</p>', labels: ['id-drucker', 'rt-support'] },
              { spaceKey: 'KB', title: 'Synonyme', storage: SYNONYM_PAGE, labels: ['medsupport-synonyms'] },
            ],
          },
        },
      },
      gateway: { webhookSecret: SECRET, kbSpace: 'KB', kbRefreshMs: 0 },
    });
  });
  afterAll(() => portal.dispose());

  it('serves the groups of the page labelled medsupport-synonyms, which is no article', async () => {
    const response = await call<SynonymTable>(portal, 'GET', '/synonyms');
    expect(response.body.groups).toEqual([
      ['Behandler', 'Arzt', 'Doktor'], ['Kennwort', 'PW', 'Passwort'], ['Abo', 'Lizenz'], ['Rezept', 'eRezept'], ['Kasse', 'KV'], ['Termin', 'Slot'],
    ]);
    const synonymPage = portal.sim.pages().find((p) => p.title === 'Synonyme')?.id;
    expect(portal.logs.filter((line) => line.startsWith('synonyms:'))).toEqual([
      `synonyms: skipped line 4 of confluence page ${synonymPage} ("einzeln"): a group needs at least two different words`,
    ]);
    const index = await call<ArticleSummary[]>(portal, 'GET', '/articles');
    expect(index.body.map((a) => a.id)).toEqual(['drucker']);
    expect((await call(portal, 'GET', '/articles/cf-' + synonymPage)).status).toBe(404);
  });

  it('refreshes the groups on a page webhook, with a new ETag', async () => {
    const before = await call<SynonymTable>(portal, 'GET', '/synonyms');
    const id = portal.sim.pages().find((p) => p.title === 'Synonyme')?.id as string;
    portal.sim.updatePage(id, { storage: '<p>Behandler, Therapeut</p>' });
    const body = JSON.stringify({ webhookEvent: 'page_updated', page: { id } });
    const hook = await fetch(`${portal.apiUrl}/hooks/jira`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hub-Signature': sign(body) }, body });
    expect(hook.status).toBe(204);
    let after = await call<SynonymTable>(portal, 'GET', '/synonyms', { headers: { 'If-None-Match': before.headers.get('etag') as string } });
    for (let i = 0; i < 100 && after.status === 304; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await call<SynonymTable>(portal, 'GET', '/synonyms', { headers: { 'If-None-Match': before.headers.get('etag') as string } });
    }
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ groups: [['Behandler', 'Therapeut']] });
  });

  it('serves learned keywords with the Confluence articles, and keeps them across a page refresh', async () => {
    for (const n of [1, 2]) {
      expect((await call(portal, 'POST', FEEDBACK('drucker'), { token: await practiceToken(n), body: solved('printer') })).status).toBe(204);
    }
    const index = await call<ArticleSummary[]>(portal, 'GET', '/articles');
    expect(index.body).toEqual([expect.objectContaining({ id: 'drucker', learnedKeywords: ['printer'] })]);
    const id = portal.sim.pages().find((p) => p.title === 'Drucker einrichten')?.id as string;
    portal.sim.updatePage(id, { title: 'Drucker einrichten (neu)' });
    const body = JSON.stringify({ webhookEvent: 'page_updated', page: { id } });
    await fetch(`${portal.apiUrl}/hooks/jira`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hub-Signature': sign(body) }, body });
    let after = await call<ArticleSummary[]>(portal, 'GET', '/articles');
    for (let i = 0; i < 100 && after.body[0]?.title === 'Drucker einrichten'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await call<ArticleSummary[]>(portal, 'GET', '/articles');
    }
    expect(after.body).toEqual([expect.objectContaining({ title: 'Drucker einrichten (neu)', learnedKeywords: ['printer'] })]);
    expect(after.headers.get('etag')).not.toBe(index.headers.get('etag'));
  });
});
