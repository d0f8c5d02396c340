import { publish } from '../events.js';
import type { SimSeed } from '../types.js';
import { DEFAULT_AGENT_ID, SERVICE_ACCOUNT_ID, type Store } from './store.js';
import { INITIAL_STATUS_ID, statusByName } from './workflow.js';

/** Loads customers, organizations, issues (with comments) and Confluence spaces and pages into the store, as the demo will. */
export function loadSeed(store: Store, site: string, seed: SimSeed): void {
  if (seed.confluence) store.confluence.loadSeed(seed.confluence);
  const desk = store.desks[0];
  if (!desk) return;
  for (const c of seed.customers ?? []) {
    const user = store.addUser({ accountId: c.accountId ?? store.newCustomerId(), displayName: c.displayName, emailAddress: c.emailAddress, accountType: 'customer', isAgent: false });
    if (c.onDesk !== false && !desk.customerIds.includes(user.accountId)) desk.customerIds.push(user.accountId);
  }
  for (const o of seed.organizations ?? []) {
    const id = o.id ?? store.newOrganizationId();
    store.reserveOrganizationId(id);
    store.organizations.set(id, { id, name: o.name, created: store.now(), memberIds: [...(o.memberIds ?? [])], properties: { ...o.properties } });
    if (o.onDesk !== false && !desk.organizationIds.includes(id)) desk.organizationIds.push(id);
  }
  for (const s of seed.issues ?? []) {
    const created = s.created ? Date.parse(s.created) : store.now();
    const issue = store.newIssue({
      serviceDeskId: desk.id,
      requestTypeId: s.requestTypeId ?? '',
      summary: s.summary,
      description: s.description ?? '',
      reporterId: s.reporterId,
      creatorId: SERVICE_ACCOUNT_ID,
      participantIds: [],
      organizationIds: [...(s.organizationIds ?? [])],
      customFields: { ...s.customFields },
      created,
    });
    publish(store, site, 'jira:issue_created', issue, SERVICE_ACCOUNT_ID);
    for (const c of s.comments ?? []) {
      store.addComment(issue, { body: c.body, internal: c.internal ?? false, authorId: c.authorId ?? DEFAULT_AGENT_ID, at: c.created ? Date.parse(c.created) : created });
    }
    const status = s.status ? statusByName(s.status) : undefined;
    if (status && status.id !== INITIAL_STATUS_ID) {
      issue.statusId = status.id;
      issue.statusHistory.push({ statusId: status.id, at: issue.updated });
    }
  }
}
