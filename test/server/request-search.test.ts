import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDetail, RequestList } from '../../src/api/contract.js';
import { openDatabase } from '../../server/store/sqlite/database.js';
import { migrate } from '../../server/store/sqlite/migrations.js';
import { createRequestLister } from '../../server/store/sqlite/request-list.js';
import { searchWords, summaryTerms, withinOneEdit } from '../../server/domain/request-search.js';
import { DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import { bugRequest, call, newKey, startTestPortal, tokenFor, walkPages, type TestPortal } from './helpers.js';

/** Issue #16 point 10: the list's `q` matches like article search (folded, stemmed, word prefixes, one typo). */
let portal: TestPortal;
let anna: string;
let lena: string;

const SUMMARIES = {
  druckers: 'Etiketten des Druckers verrutscht',
  problem: 'Drucker-Problem am Empfang',
  rechnung: 'Rechnung für März fehlt',
  groesse: 'Größe der Anhänge begrenzt',
  geraet: 'Gerät für Kartenleser gesucht',
  abrechnung: 'Abrechnung Quartal',
};

beforeAll(async () => {
  portal = await startTestPortal({}, 'sqlite');
  [anna, lena] = await Promise.all([tokenFor('anna'), tokenFor('lena')]);
  for (const summary of Object.values(SUMMARIES)) await create(anna, summary);
  // The other practice writes the same words: none of it may show up in Anna's lists.
  await create(lena, 'Druckers Rechnung Größe (Physio)');
});
afterAll(() => portal.dispose());

async function create(token: string, summary: string): Promise<RequestDetail> {
  const response = await call<RequestDetail>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest(summary) });
  expect(response.status).toBe(201);
  return response.body;
}

async function search(q: string, token = anna, extra = 'ownership=organization&status=all&limit=100'): Promise<string[]> {
  const response = await call<RequestList>(portal, 'GET', `/requests?${extra}&q=${encodeURIComponent(q)}`, { token });
  expect(response.status).toBe(200);
  return response.body.items.map((item) => item.summary);
}

describe('GET /requests?q= (SQLite)', () => {
  it('"drucker" and "Druckers" find "Druckers" and "Drucker-Problem" (stems, hyphenated parts)', async () => {
    for (const q of ['drucker', 'Druckers', 'DRUCKERN']) {
      const found = await search(q);
      expect(found, q).toContain(SUMMARIES.druckers);
      expect(found, q).toContain(SUMMARIES.problem);
    }
  });

  it('"Rechnugn" finds "Rechnung": one typo in a word of five letters or more', async () => {
    for (const q of ['Rechnugn', 'Rechnungen', 'rechnug', 'Rechnunng']) expect(await search(q), q).toContain(SUMMARIES.rechnung);
    // Two typos, or one in a short word, are too far.
    expect(await search('Rehcnugn')).not.toContain(SUMMARIES.rechnung);
    expect(await search('Grät')).not.toContain(SUMMARIES.geraet);
  });

  it('"grosse" and "GRÖSSE" find "Größe"; "Geraet" finds "Gerät"', async () => {
    for (const q of ['grosse', 'GRÖSSE', 'größe']) expect(await search(q), q).toContain(SUMMARIES.groesse);
    expect(await search('Geraet')).toContain(SUMMARIES.geraet);
  });

  it('matches word prefixes: "Rech" finds "Rechnung", not a word that only contains it', async () => {
    const found = await search('Rech');
    expect(found).toContain(SUMMARIES.rechnung);
    expect(found).not.toContain(SUMMARIES.abrechnung);
  });

  it('needs every word, in any order, and skips stop words', async () => {
    expect(await search('fehlt März')).toEqual([SUMMARIES.rechnung]);
    expect(await search('die Rechnung für den März')).toEqual([SUMMARIES.rechnung]);
    expect(await search('Rechnung Drucker')).toEqual([]);
  });

  it("never finds another practice's requests, with or without typos", async () => {
    for (const q of ['Druckers', 'Rechnugn', 'grosse', 'Physio']) {
      expect(await search(q), q).not.toContain('Druckers Rechnung Größe (Physio)');
      expect(await search(q, anna, 'ownership=mine&status=all'), q).not.toContain('Druckers Rechnung Größe (Physio)');
    }
    expect(await search('Physoi', lena)).toEqual(['Druckers Rechnung Größe (Physio)']);
  });

  it('pages with q by cursor like any list', async () => {
    for (let i = 0; i < 12; i++) await create(anna, `Kartenterminal ${i} meldet Fehler`);
    const all = await search('Kartenterminals');
    expect(all).toHaveLength(12);
    const paged = await walkPages(portal, anna, 'ownership=organization&status=all&limit=5&q=Kartenterminals', (items) => {
      expect(items.length).toBeLessThanOrEqual(5);
    });
    expect(paged.map((item) => item.summary)).toEqual(all);
  });

  it('finds a summary changed by another process, and forgets the old one', async () => {
    const request = await create(anna, 'Wartezimmer-Bildschirm bleibt schwarz');
    const db = new Database(portal.config.dbPath);
    try {
      db.prepare(`UPDATE requests SET summary = 'Aufrufanzeige flackert', summary_folded = 'aufrufanzeige flackert' WHERE id = ?`)
        .run(Number(request.key.slice(4)));
    } finally {
      db.close();
    }
    expect(await search('Aufrufanzeige')).toEqual(['Aufrufanzeige flackert']);
    expect(await search('Wartezimmer')).toEqual([]);
  });
});

describe('GET /requests?q= after a visitor request is adopted (SQLite)', () => {
  it('finds it in the practice that adopted it', async () => {
    const open = await startTestPortal({ allowAnonymous: true }, 'sqlite');
    try {
      const sent = await call<RequestDetail>(open, 'POST', '/requests', {
        idempotencyKey: newKey(), body: { ...bugRequest('Kassenbuch-Export hängt'), email: 'neu@praxis-berger.example', name: 'Nora Neu' },
      });
      expect(sent.status).toBe(201);
      const nora = await signToken(DEMO_JWT_SECRET, {
        sub: 'u-berger-nora', email: 'neu@praxis-berger.example', name: 'Nora Neu', org: 'org-berger', org_name: 'Praxis Dr. Berger',
      });
      const found = await call<RequestList>(open, 'GET', '/requests?status=all&q=kassenbuch', { token: nora });
      expect(found.body.items.map((item) => item.key)).toEqual([sent.body.key]);
      const practice = await call<RequestList>(open, 'GET', '/requests?ownership=organization&status=all&q=Kasenbuch', { token: await tokenFor('anna') });
      expect(practice.body.items.map((item) => item.key)).toEqual([sent.body.key]);
    } finally {
      await open.dispose();
    }
  });
});

describe('request search index', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  /**
   * A database at schema `version` holding one request with `summary`, then `sql`; opened again by this server, it
   * answers `q` with that request.
   */
  const upgraded = (version: number, summary: string, q: string, sql = '') => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medsupport-search-'));
    dirs.push(dir);
    const file = path.join(dir, 'portal.sqlite');
    const old = new Database(file);
    migrate(old, version);
    old.exec(`INSERT INTO request_types (id, key, position, definition) VALUES ('rt-bug', 'bug', 0, '{}');
      INSERT INTO organizations (id, name, created_at) VALUES ('org-1', 'Praxis', 0);
      INSERT INTO users (id, org_id, email, name, token_name, created_at) VALUES ('u-1', 'org-1', 'u@example.com', 'U', 'U', 0);
      INSERT INTO requests (org_id, request_type_id, created_by, summary, summary_folded, fields, status, created_at, updated_at)
        VALUES ('org-1', 'rt-bug', 'u-1', '${summary}', '${summary.toLowerCase()}', '{}', 'in_progress', 1, 1);
      ${sql}`);
    old.close();
    const db = openDatabase(file);
    const page = createRequestLister(db)({ orgId: 'org-1' }, { status: 'all', sort: 'updated', limit: 25, q });
    db.close();
    return page.rows.map((row) => row.summary);
  };

  it('indexes the requests of a database from before the search on upgrade', () => {
    expect(upgraded(6, 'Druckers Rechnung', 'drucker rechnugn')).toEqual(['Druckers Rechnung']);
  });

  it('finds requests by the terms of the stemmer it had before an upgrade', () => {
    // Indexed by the stemmer that cut "Druckerproblem" to "druckerprobl"; the query's terms are "druckerproblem".
    const oldTerms = `DELETE FROM request_terms_pending;
      INSERT INTO request_terms (term, request_id, org_id) VALUES ('druckerprobl', 1, 'org-1'), ('empfang', 1, 'org-1');`;
    expect(upgraded(10, 'Druckerproblem am Empfang', 'Druckerprobleme', oldTerms)).toEqual(['Druckerproblem am Empfang']);
  });

  it('cuts summaries and queries into the terms of article search', () => {
    expect(summaryTerms('Drucker-Problem: Druckers, Rechnungen und die E-Mail')).toEqual(
      ['druck', 'problem', 'druckerproblem', 'rechnung', 'mail', 'email'],
    );
    expect(searchWords('Die Geräte-Liste')).toEqual([
      { text: 'geräte', prefixes: ['gerat'], typo: 'gerat' },
      { text: 'liste', prefixes: ['list'], typo: 'list' },
    ]);
    expect(searchWords('Geraete')).toEqual([{ text: 'geraete', prefixes: ['geraet', 'gerat'], typo: 'geraet' }]);
    expect(searchWords('die')).toEqual([{ text: 'die', prefixes: ['die'] }]);
  });

  it('counts one insertion, deletion, substitution or swap as one edit', () => {
    expect(withinOneEdit('rechnugn', 'rechnung')).toBe(true);
    expect(withinOneEdit('rechnug', 'rechnung')).toBe(true);
    expect(withinOneEdit('rechnunng', 'rechnung')).toBe(true);
    expect(withinOneEdit('rechmung', 'rechnung')).toBe(true);
    expect(withinOneEdit('erchnung', 'rechnung')).toBe(true);
    expect(withinOneEdit('rehcnugn', 'rechnung')).toBe(false);
    expect(withinOneEdit('rechnungen', 'rechnung')).toBe(false);
  });
});
