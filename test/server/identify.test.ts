import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/store/sqlite/index.js';

/** Every API call identifies its caller: that must not cost a write each time, nor change the caller's lists. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medsupport-identify-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('identifying the caller', () => {
  it('writes nothing when the token says what the database already holds', async () => {
    const file = path.join(dir, 'portal.sqlite');
    const anna = { userId: 'u-1', email: 'a@example.com', name: 'Anna', orgId: 'org-1', orgName: 'Praxis' };
    const first = createSqliteStore(file);
    await first.identify(anna, 'de');
    first.close();

    // A fresh store has no users in memory, so this reads the row from the database.
    const store = createSqliteStore(file);
    // SQLite's data_version moves for a connection when any other connection commits.
    const observer = new Database(file, { readonly: true });
    const commits = () => observer.pragma('data_version', { simple: true });
    const before = commits();
    const lists = store.listVersion('org-1');
    expect((await store.identify(anna, 'de')).name).toBe('Anna');
    expect(await store.identify(anna, 'de')).toMatchObject({ id: 'u-1', orgName: 'Praxis' });
    expect(commits()).toBe(before);

    await store.identify({ ...anna, orgName: 'Praxis Neu' }, 'de');
    expect(commits()).not.toBe(before);
    expect(store.listVersion('org-1')).toBe(lists);
    await store.identify({ ...anna, name: 'Anna Neu' }, 'de');
    expect(store.listVersion('org-1')).not.toBe(lists);
    observer.close();
    store.close();
  });
});
