import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/store/sqlite/index.js';

/** Every API call identifies its caller; a write there would also empty the list cache for everyone. */
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
    const before = store.dataVersion();
    expect((await store.identify(anna, 'de')).name).toBe('Anna');
    expect(await store.identify(anna, 'de')).toMatchObject({ id: 'u-1', orgName: 'Praxis' });
    expect(store.dataVersion()).toBe(before);

    await store.identify({ ...anna, orgName: 'Praxis Neu' }, 'de');
    expect(store.dataVersion()).not.toBe(before);
    store.close();
  });
});
