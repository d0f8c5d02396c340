import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { RequestList } from '../../src/api/contract.js';
import { REQUEST_TYPES } from '../../server/seed/index.js';
import { openDatabase } from '../../server/store/sqlite/database.js';
import { createSqliteStore } from '../../server/store/sqlite/index.js';
import { createRequestTypeCatalog } from '../../server/store/sqlite/request-types.js';
import { summaryWriter, toSummary, type SummaryRow } from '../../server/store/sqlite/rows.js';

/** List items are written as JSON text directly; they must be exactly what serialising `toSummary` gives. */
const db = openDatabase(':memory:');
const catalog = createRequestTypeCatalog(db);
catalog.ensure(REQUEST_TYPES);
afterAll(() => db.close());

const text = fc.string({ unit: fc.constantFrom('a', 'ß', 'Ö', '"', '\\', '\n', '\u0000', '\u2028', '😀', '\ud800', '<', '/') });
const time = fc.integer({ min: 0, max: 253_402_300_799_999 });
const row: fc.Arbitrary<SummaryRow> = fc.record({
  id: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  org_id: fc.option(text, { nil: null }),
  org_name: fc.option(text, { nil: null }),
  request_type_id: fc.oneof(fc.constantFrom(...REQUEST_TYPES.map((type) => type.id)), text),
  created_by: text,
  creator_name: text,
  creator_email: text,
  summary: text,
  status: fc.constantFrom('waiting_for_support', 'in_progress', 'waiting_for_customer', 'resolved', 'closed'),
  created_at: time,
  updated_at: time,
  last_agent_activity_at: fc.option(time, { nil: null }),
});

// Rows of one list: some of them by the same creator, as in a user's own list.
const rows = fc.tuple(fc.array(row, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 })).map(([list, copies]) =>
  list.map((r, i) => {
    const from = list[(copies[i] ?? i) % list.length]!;
    return { ...r, created_by: from.created_by, creator_name: from.creator_name };
  }),
);

describe('summaryWriter', () => {
  it('writes JSON.stringify(toSummary(row)) for every row of any list, in both languages', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('de' as const, 'en' as const), (list, locale) => {
        const write = summaryWriter(catalog, locale);
        for (const r of list) expect(write(r)).toBe(JSON.stringify(toSummary(r, catalog, locale)));
      }),
      { numRuns: 1000 },
    );
  });

  it('builds a page the client reads as a RequestList', async () => {
    const store = createSqliteStore(':memory:');
    await store.ensureRequestTypes(REQUEST_TYPES);
    const user = await store.identify({ userId: 'u-1', email: 'a@example.com', name: 'Anna „Ä“', orgId: 'org-1', orgName: 'Praxis' }, 'de');
    for (const summary of ['Drucker', 'Größe "groß"']) {
      await store.createRequest({
        requestTypeId: 'rt-bug', createdBy: user, fields: { summary, description: 'x' }, context: null, attachmentIds: [], attachmentOwner: 'u-1', idempotencyRef: summary,
      }, 'de');
    }
    const query = { userId: 'u-1', userName: user.name, orgId: 'org-1', ownership: 'mine' as const, status: 'all' as const, sort: 'updated' as const };
    const first = JSON.parse(await store.listRequests({ ...query, limit: 1 }, 'de')) as RequestList;
    expect(first.items.map((item) => item.summary)).toEqual(['Größe "groß"']);
    expect(first.items[0]?.createdBy).toEqual({ id: 'u-1', name: 'Anna „Ä“' });
    const rest = JSON.parse(await store.listRequests({ ...query, limit: 1, cursor: first.nextCursor! }, 'de')) as RequestList;
    expect(rest).toEqual({ items: [expect.objectContaining({ summary: 'Drucker' })], nextCursor: null });
    store.close();
  });
});
