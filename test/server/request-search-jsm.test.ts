import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDetail, RequestList } from '../../src/api/contract.js';
import type { JsmSimulator } from '../../server/jsm-sim/index.js';
import { listJql, searchClauses } from '../../server/store/jsm/jql.js';
import { bugRequest, call, newKey, startJsmTestPortal, tokenFor, walkPages, type TestPortal } from './helpers.js';

/**
 * Issue #16 point 10 on the JSM gateway: what JQL can express of the portal's request search (docs/jsm.md, "What JSM
 * cannot do"): the word as typed, a prefix of the portal's stem, a Lucene fuzzy term. Folding (`grosse` for „Größe“)
 * is JSM's own analysis, which the simulator does not have; test/server/request-search.test.ts covers it on SQLite.
 */
let portal: TestPortal & { sim: JsmSimulator };
let anna: string;
let lena: string;

const SUMMARIES = {
  druckers: 'Etiketten des Druckers verrutscht',
  problem: 'Drucker-Problem am Empfang',
  rechnung: 'Rechnung für März fehlt',
  groesse: 'Größe der Anhänge begrenzt',
  abrechnung: 'Abrechnung Quartal',
};
const OTHER_PRACTICE = 'Druckers Rechnung Größe Physio';

beforeAll(async () => {
  portal = await startJsmTestPortal();
  [anna, lena] = await Promise.all([tokenFor('anna'), tokenFor('lena')]);
  for (const summary of Object.values(SUMMARIES)) await create(anna, summary);
  await create(lena, OTHER_PRACTICE);
});
afterAll(() => portal.dispose());

async function create(token: string, summary: string): Promise<void> {
  const response = await call<RequestDetail>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest(summary) });
  expect(response.status).toBe(201);
}

async function search(q: string, token = anna): Promise<string[]> {
  const response = await call<RequestList>(portal, 'GET', `/requests?ownership=organization&status=all&limit=100&q=${encodeURIComponent(q)}`, { token });
  expect(response.status, q).toBe(200);
  return response.body.items.map((item) => item.summary);
}

describe('GET /requests?q= (JSM)', () => {
  it('"drucker" and "Druckers" find "Druckers" and "Drucker-Problem"', async () => {
    for (const q of ['drucker', 'Druckers']) {
      const found = await search(q);
      expect(found, q).toContain(SUMMARIES.druckers);
      expect(found, q).toContain(SUMMARIES.problem);
    }
  });

  it('"Rechnugn" finds "Rechnung"; "Rech" finds it as a word prefix, "Abrechnung" not; "größe" as typed finds "Größe"', async () => {
    expect(await search('Rechnugn')).toContain(SUMMARIES.rechnung);
    const found = await search('Rech');
    expect(found).toContain(SUMMARIES.rechnung);
    expect(found).not.toContain(SUMMARIES.abrechnung);
    expect(await search('größe')).toContain(SUMMARIES.groesse);
  });

  it('needs every word', async () => {
    expect(await search('fehlt März')).toEqual([SUMMARIES.rechnung]);
    expect(await search('Rechnung Drucker')).toEqual([]);
  });

  it("never finds another practice's requests", async () => {
    for (const q of ['Druckers', 'Rechnugn', 'Größe', 'Physio']) expect(await search(q), q).not.toContain(OTHER_PRACTICE);
    expect(await search('Physoi', lena)).toEqual([OTHER_PRACTICE]);
  });

  it('a site that refuses prefix and fuzzy terms gets plain words, once plain words are shown to work', async () => {
    const bare = await startJsmTestPortal();
    try {
      const token = await tokenFor('markus');
      await call(bare, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest('Drucker offline') });
      const plainWords = () => bare.logs.filter((line) => line.includes('searching plain words'));
      // Refused with plain words too, without the participants clause and without the reader's private requests: the
      // 400 was about none of them, and all stay.
      bare.sim.fault({ kind: 'status', status: 400, times: 4, match: { path: /search\/jql$/ } });
      const refused = await call(bare, 'GET', '/requests?ownership=organization&status=all&q=Drucker', { token });
      expect(refused.status).toBe(503);
      expect(plainWords()).toEqual([]);
      const prefix = await call<RequestList>(bare, 'GET', '/requests?ownership=organization&status=all&q=Druck', { token });
      expect(prefix.body.items.map((i) => i.summary)).toEqual(['Drucker offline']);
      // Refused with the terms, answered without them: the site gets plain words from then on.
      bare.sim.fault({ kind: 'status', status: 400, times: 1, match: { path: /search\/jql$/ } });
      const response = await call<RequestList>(bare, 'GET', '/requests?ownership=organization&status=all&q=Drucker', { token });
      expect(response.status).toBe(200);
      expect(response.body.items.map((i) => i.summary)).toEqual(['Drucker offline']);
      expect(plainWords()).toHaveLength(1);
      const plain = await call<RequestList>(bare, 'GET', '/requests?ownership=organization&status=all&q=Druck', { token });
      expect(plain.body.items).toEqual([]);
    } finally {
      await bare.dispose();
    }
  });

  it('pages with q by cursor like any list', async () => {
    for (let i = 0; i < 7; i++) await create(anna, `Kartenterminal ${i} meldet Fehler`);
    const all = await search('Kartenterminals');
    expect(all).toHaveLength(7);
    const paged = await walkPages(portal, anna, 'ownership=organization&status=all&limit=3&q=Kartenterminals');
    expect(paged.map((item) => item.summary)).toEqual(all);
  });
});

describe('search clauses in JQL', () => {
  it('one required clause per word: as typed, stem prefix, fuzzy from five letters', () => {
    expect(searchClauses('Druckers am Rech')).toEqual([
      '(summary ~ "druckers" OR summary ~ "druck*" OR summary ~ "druckers~")',
      '(summary ~ "rech" OR summary ~ "rech*")',
    ]);
  });

  it('lets only letters and digits of the input into the Lucene text, and never an operator', () => {
    const inputs = ['Drucker" OR project = MED OR summary ~ "Drucker', ') OR (project = MED', 'x* ~ ?', 'a\\" OR b', 'Drucker AND NOT x', 'OR'];
    for (const q of inputs) {
      const jql = listJql({ projectKey: 'MED', organizationName: 'Praxis', status: 'all', q, sort: 'updated' });
      for (const [, term] of jql.matchAll(/summary ~ "([^"]*)"/g)) expect(term, q).toMatch(/^[\p{L}\p{N}]+[*~]?$/u);
      expect(jql.replace(/\(summary ~ "[^"]*"( OR summary ~ "[^"]*")*\)/g, 'S'), q).toMatch(/^project = "MED" AND Organizations = "Praxis"( AND S)* ORDER BY updated DESC$/);
    }
  });
});
