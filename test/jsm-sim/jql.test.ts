import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../server/jsm-sim/jql/evaluate.js';
import { JqlError, tokenize } from '../../server/jsm-sim/jql/lexer.js';
import { isBounded, parseJql } from '../../server/jsm-sim/jql/parser.js';
import { parseJqlDate } from '../../server/jsm-sim/jql/time.js';
import { Store } from '../../server/jsm-sim/state/store.js';
import type { SimIssue } from '../../server/jsm-sim/types.js';

const NOW = Date.UTC(2026, 2, 10, 12, 0);

function fixture() {
  const store = new Store({ firstIssueNumber: 1, temporaryFileTtlMs: 1000, permissions: { jiraAdmin: true, browseUsers: true, serviceDeskAdmin: true }, orgManagementJiraAdminsOnly: false, organizationsFieldOnRequestTypes: true, now: () => NOW });
  const anna = store.addUser({ accountId: 'qm:anna', displayName: 'Anna', emailAddress: 'anna@x.example', accountType: 'customer', isAgent: false });
  const bob = store.addUser({ accountId: 'qm:bob', displayName: 'Bob', emailAddress: 'bob@x.example', accountType: 'customer', isAgent: false });
  store.organizations.set('1', { id: '1', name: 'Praxis Sonne', created: NOW, memberIds: [anna.accountId], properties: {} });
  const make = (summary: string, reporterId: string, created: number, extra: Partial<SimIssue> = {}) => {
    const issue = store.newIssue({ serviceDeskId: '1', requestTypeId: '10', summary, description: '', reporterId, creatorId: 'sa-0001', participantIds: [], organizationIds: [], customFields: {}, created });
    Object.assign(issue, extra);
    return issue;
  };
  make('Calendar is slow', anna.accountId, NOW - 3 * 86_400_000, { organizationIds: ['1'] });
  make('Invoice question', bob.accountId, NOW - 3_600_000, { requestTypeId: '12', statusId: '10003', description: 'Please check invoice 42' });
  const third = make('Printing fails', anna.accountId, NOW - 60_000);
  store.addComment(third, { body: 'internal note: customer uses Windows XP', internal: true, authorId: 'sa-0001', at: NOW - 30_000 });
  return store;
}

const store = fixture();
const keys = (jql: string): string[] => {
  const compiled = compileQuery(store, parseJql(jql), NOW);
  return [...store.issues.values()].filter(compiled.matches).sort(compiled.compare).map((i) => i.key);
};

describe('JQL lexer', () => {
  it('keeps quoted text literal, with escapes', () => {
    const tokens = tokenize(String.raw`summary ~ "a \"quoted\" OR (x) ORDER BY ~ \\ end"`);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'op', 'string']);
    expect(tokens[2]?.text).toBe('a "quoted" OR (x) ORDER BY ~ \\ end');
  });

  it('refuses unterminated strings, illegal escapes and bare reserved characters', () => {
    expect(() => tokenize('summary ~ "open')).toThrow(JqlError);
    expect(() => tokenize(String.raw`summary ~ "a\q"`)).toThrow(/illegal JQL escape/);
    expect(() => tokenize("project = MED AND summary ~ it's")).toThrow(JqlError);
  });

  it('turns any string into exactly one literal token when quoted and escaped', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const quoted = `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
        const tokens = tokenize(`summary ~ ${quoted}`);
        return tokens.length === 3 && tokens[2]?.kind === 'string' && tokens[2].text === text;
      }),
    );
  });
});

describe('JQL parser', () => {
  it('builds precedence: NOT over AND over OR, parentheses override', () => {
    expect(parseJql('project = MED AND a = 1 OR b = 2').where?.kind).toBe('or');
    expect(parseJql('project = MED AND (a = 1 OR b = 2)').where?.kind).toBe('and');
    expect(parseJql('NOT status = Closed').where?.kind).toBe('not');
  });

  it('reads ORDER BY with several keys and directions', () => {
    expect(parseJql('project = MED ORDER BY created DESC, key asc').orderBy).toEqual([
      { field: 'created', direction: 'DESC' },
      { field: 'key', direction: 'ASC' },
    ]);
  });

  it('knows bounded from unbounded queries', () => {
    expect(isBounded(parseJql('project = MED AND reporter = "qm:anna"').where)).toBe(true);
    expect(isBounded(parseJql('project in (MED) OR (project = MED AND summary ~ x)').where)).toBe(true);
    expect(isBounded(parseJql('reporter = "qm:anna"').where)).toBe(false);
    expect(isBounded(parseJql('project = MED OR summary ~ x').where)).toBe(false);
    expect(isBounded(parseJql('NOT project = MED').where)).toBe(false);
    expect(isBounded(parseJql('ORDER BY created').where)).toBe(false);
  });

  it('reports syntax errors instead of guessing', () => {
    for (const jql of ['project = ', 'project MED', 'project = MED AND', '(project = MED', 'project = MED ORDER created', 'status is EMPTY', 'reporter = currentUser()', 'project = MED summary ~ x']) {
      expect(() => parseJql(jql), jql).toThrow(JqlError);
    }
  });

  it('never throws anything but JqlError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (jql) => {
        try {
          parseJql(jql);
        } catch (error) {
          return error instanceof JqlError;
        }
        return true;
      }),
    );
  });
});

describe('JQL evaluation', () => {
  it('filters by project, reporter, organization name and key', () => {
    expect(keys('project = MED ORDER BY key')).toEqual(['MED-1', 'MED-2', 'MED-3']);
    expect(keys('project = MED AND reporter = "qm:anna" ORDER BY key')).toEqual(['MED-1', 'MED-3']);
    expect(keys('project = MED AND reporter in ("qm:bob")')).toEqual(['MED-2']);
    expect(keys('project = MED AND Organizations = "praxis sonne"')).toEqual(['MED-1']);
    expect(keys('project = MED AND issuekey in (MED-1, MED-3) ORDER BY key DESC')).toEqual(['MED-3', 'MED-1']);
  });

  it('filters by status, status category and request type', () => {
    expect(keys('project = MED AND statusCategory = Done')).toEqual(['MED-2']);
    expect(keys('project = MED AND statusCategory != Done ORDER BY key')).toEqual(['MED-1', 'MED-3']);
    expect(keys('project = MED AND statusCategory = "To Do" ORDER BY key')).toEqual(['MED-1', 'MED-3']);
    expect(keys('project = MED AND status = "Resolved"')).toEqual(['MED-2']);
    expect(keys('project = MED AND "Request Type" = "Licensing and invoices"')).toEqual(['MED-2']);
    expect(keys('project = MED AND "Customer Request Type" = "med/billing"')).toEqual(['MED-2']);
  });

  it('matches words case-insensitively; text ~ also finds internal comments', () => {
    expect(keys('project = MED AND summary ~ "calendar"')).toEqual(['MED-1']);
    expect(keys('project = MED AND description ~ "INVOICE 42"')).toEqual(['MED-2']);
    expect(keys('project = MED AND summary ~ "windows"')).toEqual([]);
    expect(keys('project = MED AND text ~ "windows xp"')).toEqual(['MED-3']);
  });

  it('knows trailing * (prefix) and ~ (fuzzy, two edits, ~1 one) terms; refuses a leading *', () => {
    expect(keys('project = MED AND summary ~ "calen*"')).toEqual(['MED-1']);
    expect(keys('project = MED AND summary ~ "calen"')).toEqual([]);
    expect(keys('project = MED AND summary ~ "calnedar~1"')).toEqual(['MED-1']);
    expect(keys('project = MED AND summary ~ "clanedar~1"')).toEqual([]);
    expect(keys('project = MED AND summary ~ "clanedar~"')).toEqual(['MED-1']);
    expect(() => keys('project = MED AND summary ~ "*endar"')).toThrow(JqlError);
  });

  it('treats injection-looking quoted text as words to find', () => {
    expect(keys('project = MED AND summary ~ "x\\" OR project = MED"')).toEqual([]);
    expect(keys('project = MED AND summary ~ "slow ORDER BY key"')).toEqual([]);
    expect(keys('project = MED AND summary ~ "calendar) OR (project = MED"')).toEqual([]);
    expect(keys('project = MED AND summary ~ "calendar\\nslow"')).toEqual(['MED-1']);
  });

  it('compares created and updated against relative and absolute dates (UTC)', () => {
    expect(keys('project = MED AND created >= "-2h" ORDER BY created')).toEqual(['MED-2', 'MED-3']);
    expect(keys('project = MED AND created > -5m')).toEqual(['MED-3']);
    expect(keys('project = MED AND created < "-1d"')).toEqual(['MED-1']);
    expect(keys('project = MED AND created >= "2026/03/10 11:00" ORDER BY created DESC')).toEqual(['MED-3', 'MED-2']);
    expect(keys('project = MED AND created <= "2026-03-07"')).toEqual([]);
    expect(keys('project = MED AND created <= "2026-03-08"')).toEqual(['MED-1']);
    expect(keys('project = MED AND updated >= "2026-03-10" ORDER BY updated DESC')).toEqual(['MED-3', 'MED-2']);
  });

  it('combines AND, OR and NOT', () => {
    expect(keys('project = MED AND (summary ~ calendar OR summary ~ printing) ORDER BY key')).toEqual(['MED-1', 'MED-3']);
    expect(keys('project = MED AND NOT reporter = "qm:anna"')).toEqual(['MED-2']);
  });

  it('refuses unknown fields, operators, values and sort keys', () => {
    for (const jql of ['project = NOPE', 'project = MED AND assignee = x', 'project = MED AND summary = x', 'project = MED AND created = "-1d"', 'project = MED AND created > "yesterday"', 'project = MED AND reporter = "qm:ghost"', 'project = MED AND Organizations = "Unknown"', 'project = MED AND status = Open', 'project = MED AND key = MED-99', 'project = MED ORDER BY priority', 'project = MED AND summary ~ "!!"']) {
      expect(() => keys(jql), jql).toThrow(JqlError);
    }
  });

  it('parses the documented date formats', () => {
    expect(parseJqlDate('2026-03-10 11:30', 'created', NOW)).toBe(Date.UTC(2026, 2, 10, 11, 30));
    expect(parseJqlDate('-1w', 'created', NOW)).toBe(NOW - 7 * 86_400_000);
    expect(() => parseJqlDate('2026-02-30', 'created', NOW)).toThrow(JqlError);
  });
});
