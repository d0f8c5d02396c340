import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { client } from './client.js';

let sim: JsmSimulator;
let api: ReturnType<typeof client>;
let clock = Date.UTC(2026, 2, 10, 12, 0);

beforeAll(async () => {
  sim = await startJsmSimulator({
    now: () => clock,
    seed: {
      customers: [{ accountId: 'qm:anna', displayName: 'Anna Arzt', emailAddress: 'anna@praxis.example' }],
      organizations: [{ id: '7', name: 'Praxis Sonne', memberIds: ['qm:anna'] }],
      issues: Array.from({ length: 120 }, (_, n) => ({
        requestTypeId: '10',
        summary: `Problem ${n}`,
        reporterId: 'qm:anna',
        organizationIds: ['7'],
        created: new Date(clock - (120 - n) * 60_000).toISOString(),
        comments: n === 0 ? [{ body: 'Secret internal hint', internal: true }, { body: 'Public answer' }] : [],
      })),
    },
  });
  api = client(sim);
});
afterAll(async () => {
  expect(sim.violations).toEqual([]);
  await sim.close();
});

const search = (params: Record<string, string>) => api('GET', `/rest/api/3/search/jql?${new URLSearchParams(params).toString()}`);

describe('/rest/api/3/search/jql', () => {
  it('refuses unbounded JQL with a Jira error body', async () => {
    const res = await search({ jql: 'reporter = "qm:anna"' });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'], errors: {} });
  });

  it('returns only ids by default and pages with nextPageToken, without total', async () => {
    const first = (await search({ jql: 'project = MED ORDER BY key ASC' })).json<{ issues: Record<string, unknown>[]; isLast: boolean; nextPageToken?: string; total?: number }>();
    expect(first.issues).toHaveLength(50);
    expect(Object.keys(first.issues[0] ?? {})).toEqual(['id']);
    expect(first).toMatchObject({ isLast: false });
    expect(first.total).toBeUndefined();
    const seen = new Set(first.issues.map((i) => i.id));
    let token = first.nextPageToken;
    while (token) {
      const page = (await search({ jql: 'project = MED ORDER BY key ASC', nextPageToken: token })).json<{ issues: { id: string }[]; isLast: boolean; nextPageToken?: string }>();
      page.issues.forEach((i) => seen.add(i.id));
      token = page.nextPageToken;
      if (page.isLast) expect(token).toBeUndefined();
    }
    expect(seen.size).toBe(120);
    expect((await search({ jql: 'project = MED', nextPageToken: 'garbage' })).status).toBe(400);
  });

  it('caps maxResults at 100 with fields and 5000 for ids only', async () => {
    expect((await search({ jql: 'project = MED', maxResults: '500', fields: 'summary' })).json<{ issues: unknown[] }>().issues).toHaveLength(100);
    expect((await search({ jql: 'project = MED', maxResults: '500' })).json<{ issues: unknown[] }>().issues).toHaveLength(120);
  });

  it('renders requested fields: status, reporter, organizations, request type and comments with jsdPublic', async () => {
    const res = await api('POST', '/rest/api/3/search/jql', { jql: 'project = MED AND summary ~ "Problem 0" ORDER BY key', fields: ['summary', 'status', 'reporter', 'customfield_10002', 'customfield_10010', 'comment'], maxResults: 1 });
    const issue = res.json<{ issues: { key: string; fields: Record<string, any> }[] }>().issues[0];
    expect(issue?.key).toBe('MED-1');
    expect(issue?.fields.status.statusCategory).toMatchObject({ key: 'new', name: 'To Do' });
    expect(issue?.fields.reporter).toMatchObject({ accountId: 'qm:anna', displayName: 'Anna Arzt' });
    expect(issue?.fields.customfield_10002).toEqual([expect.objectContaining({ id: '7', name: 'Praxis Sonne' })]);
    expect(issue?.fields.customfield_10010).toMatchObject({ requestType: { id: '10', name: 'Report a problem' }, currentStatus: { status: 'Waiting for support' } });
    expect(issue?.fields.comment).toMatchObject({ total: 2, startAt: 0 });
    expect(issue?.fields.comment.comments.map((c: { jsdPublic: boolean }) => c.jsdPublic)).toEqual([false, true]);
    expect(issue?.fields.comment.comments[0].body).toMatchObject({ type: 'doc', version: 1 });
  });

  it('hides issues newer than the search lag unless reconciled', async () => {
    sim.searchLagMs = 5_000;
    const created = (await api('POST', '/rest/servicedeskapi/request', { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary: 'Ganz neu' }, raiseOnBehalfOf: 'qm:anna' })).json<{ issueId: string }>();
    const jql = 'project = MED AND summary ~ "ganz neu"';
    expect((await search({ jql })).json<{ issues: unknown[] }>().issues).toEqual([]);
    expect((await api('POST', '/rest/api/3/search/approximate-count', { jql })).json()).toEqual({ count: 0 });
    expect((await search({ jql, reconcileIssues: created.issueId })).json<{ issues: { id: string }[] }>().issues).toEqual([{ id: created.issueId }]);
    clock += 5_000;
    expect((await search({ jql })).json<{ issues: unknown[] }>().issues).toHaveLength(1);
    sim.searchLagMs = 0;
  });

  it('shows an issue changed within the lag as it was before, unless reconciled', async () => {
    const issue = sim.issues().find((i) => i.summary === 'Problem 5');
    const jql = 'project = MED AND summary ~ "umbenannt"';
    sim.searchLagMs = 5_000;
    expect((await search({ jql: 'project = MED' })).status).toBe(200);
    expect((await api('PUT', `/rest/api/3/issue/${issue?.key}`, { fields: { summary: 'Umbenannt' } })).status).toBe(204);
    expect((await search({ jql })).json<{ issues: unknown[] }>().issues).toEqual([]);
    expect((await search({ jql: `project = MED AND summary ~ "problem 5"`, fields: 'summary' })).json<{ issues: { fields: { summary: string } }[] }>().issues.map((i) => i.fields.summary)).toContain('Problem 5');
    expect((await search({ jql, reconcileIssues: issue?.id ?? '' })).json<{ issues: { id: string }[] }>().issues).toEqual([{ id: issue?.id }]);
    clock += 5_000;
    expect((await search({ jql })).json<{ issues: { id: string }[] }>().issues).toEqual([{ id: issue?.id }]);
    sim.searchLagMs = 0;
  });

  it('names the JQL problem instead of matching everything', async () => {
    const res = await search({ jql: 'project = MED AND priority = High' });
    expect(res.status).toBe(400);
    expect(res.json<{ errorMessages: string[] }>().errorMessages[0]).toMatch(/priority/);
  });
});
