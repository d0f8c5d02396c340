import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { createControl } from './control.js';
import { routes } from './handlers/index.js';
import { Faults } from './http/faults.js';
import { createSimServer } from './http/server.js';
import { publish } from './events.js';
import { commentOn, moveIssue } from './state/actions.js';
import { deleteRequestType, requestTypes, updateRequestType } from './state/request-type-admin.js';
import { loadSeed } from './state/seed.js';
import { DEFAULT_AGENT_ID, SERVICE_ACCOUNT_ID, Store } from './state/store.js';
import { statusByName } from './state/workflow.js';
import type { JsmSimulator, JsmSimulatorOptions, RecordedCall, SimSeed } from './types.js';
import { loadOperations } from './validate/spec.js';

export type * from './types.js';
export { deliverWebhooks, type WebhookTarget } from './webhooks.js';

const DEFAULT_EMAIL = 'gateway@medondo.example';
const DEFAULT_TOKEN = 'sim-token';

export async function startJsmSimulator(options: JsmSimulatorOptions = {}): Promise<JsmSimulator> {
  const store = new Store({
    firstIssueNumber: options.firstIssueNumber ?? 1,
    temporaryFileTtlMs: options.temporaryFileTtlMs ?? 60 * 60 * 1000,
    permissions: { jiraAdmin: true, browseUsers: true, serviceDeskAdmin: true, ...options.permissions },
    orgManagementJiraAdminsOnly: options.orgManagementJiraAdminsOnly ?? false,
    organizationsFieldOnRequestTypes: options.organizationsFieldOnRequestTypes ?? true,
    requestTypesWithoutAttachment: options.requestTypesWithoutAttachment ?? [],
    createAttachmentsBy: options.createAttachmentsBy ?? 'caller',
    confluenceRateLimit: options.confluenceRateLimit ? { retryAfterSeconds: 1, ...options.confluenceRateLimit } : null,
    now: options.now ?? Date.now,
  });
  const faults = new Faults();
  const calls: RecordedCall[] = [];
  const violations: string[] = [];
  const sockets = new Set<Socket>();
  let url = '';

  const sim: JsmSimulator = {
    url: '',
    email: options.email ?? DEFAULT_EMAIL,
    apiToken: options.apiToken ?? DEFAULT_TOKEN,
    serviceAccountId: SERVICE_ACCOUNT_ID,
    calls,
    violations,
    searchLagMs: options.searchLagMs ?? 0,
    searchPageCap: options.searchPageCap ?? 100,
    events: store.events,
    resetCalls: () => {
      calls.length = 0;
    },
    setPermissions: (p) => {
      store.permissions = { ...store.permissions, ...p };
    },
    fault: (f) => {
      faults.add(f);
      if (f.kind === 'down') for (const socket of sockets) socket.destroy();
    },
    clearFaults: () => faults.clear(),
    agentComment: async (key, c) => {
      const issue = store.issueByIdOrKey(key);
      if (!issue) throw new Error(`no issue ${key}`);
      const attachments = c.attachment ? [{ filename: c.attachment.name, mimeType: c.attachment.mimeType, data: c.attachment.data }] : [];
      return commentOn(store, url, issue, { body: c.body, internal: c.internal, authorId: c.author ?? DEFAULT_AGENT_ID, attachments }).id;
    },
    transition: async (key, statusName, author) => {
      const issue = store.issueByIdOrKey(key);
      const status = statusByName(statusName);
      if (!issue || !status) throw new Error(`no issue ${key} or status ${statusName}`);
      moveIssue(store, url, issue, status.id, author ?? DEFAULT_AGENT_ID);
    },
    changeRequestType: (key, requestTypeId) => {
      const issue = store.issueByIdOrKey(key);
      if (!issue) throw new Error(`no issue ${key}`);
      issue.requestTypeId = requestTypeId;
      issue.updated = Math.max(issue.updated, store.now());
      publish(store, url, 'jira:issue_updated', issue, DEFAULT_AGENT_ID);
    },
    deleteIssue: (key) => {
      const issue = store.issueByIdOrKey(key);
      if (!issue) throw new Error(`no issue ${key}`);
      store.issues.delete(issue.key);
    },
    createAgentUser: (displayName, emailAddress) =>
      store.addUser({ accountId: store.newAgentId(), displayName, emailAddress: emailAddress ?? null, accountType: 'atlassian', isAgent: true }).accountId,
    createCustomerUser: (displayName, emailAddress) =>
      store.addUser({ accountId: store.newCustomerId(), displayName, emailAddress, accountType: 'customer', isAgent: false }).accountId,
    issue: (key) => {
      const issue = store.issueByIdOrKey(key);
      return issue && structuredClone(issue);
    },
    issues: () => [...store.issues.values()].map((i) => structuredClone(i)),
    customers: () => [...store.users.values()].filter((u) => !u.isAgent).map((u) => ({ ...u })),
    organizations: () => [...store.organizations.values()].map((o) => structuredClone(o)),
    renameOrganization: (id, name) => {
      const org = store.organizations.get(id);
      if (!org) throw new Error(`no organization ${id}`);
      org.name = name;
    },
    deleteOrganization: (id) => {
      if (!store.organizations.delete(id)) throw new Error(`no organization ${id}`);
      for (const desk of store.desks) desk.organizationIds = desk.organizationIds.filter((o) => o !== id);
      for (const issue of store.issues.values()) issue.organizationIds = issue.organizationIds.filter((o) => o !== id);
    },
    unlinkOrganization: (id) => {
      for (const desk of store.desks) desk.organizationIds = desk.organizationIds.filter((o) => o !== id);
    },
    removeDeskCustomer: (accountId) => {
      for (const desk of store.desks) desk.customerIds = desk.customerIds.filter((c) => c !== accountId);
    },
    deleteCustomer: (accountId) => {
      if (!store.users.delete(accountId)) throw new Error(`no account ${accountId}`);
      for (const desk of store.desks) desk.customerIds = desk.customerIds.filter((c) => c !== accountId);
      for (const organization of store.organizations.values()) organization.memberIds = organization.memberIds.filter((m) => m !== accountId);
    },
    eraseCustomer: (accountId) => {
      const user = store.users.get(accountId);
      if (!user) throw new Error(`no account ${accountId}`);
      Object.assign(user, { active: false, displayName: 'Former user', emailAddress: null });
      for (const desk of store.desks) desk.customerIds = desk.customerIds.filter((c) => c !== accountId);
      for (const organization of store.organizations.values()) organization.memberIds = organization.memberIds.filter((m) => m !== accountId);
    },
    requestTypes: () => requestTypes(store),
    updateRequestType: (id, patch) => updateRequestType(store, id, patch),
    deleteRequestType: (id) => deleteRequestType(store, id),
    loadSeed: (seed: SimSeed) => loadSeed(store, url, seed),
    putPage: (page) => store.confluence.putPage(page).id,
    updatePage: (id, patch) => {
      store.confluence.updatePage(id, patch);
    },
    deletePage: (id) => store.confluence.deletePage(id),
    pages: () => [...store.confluence.pages.values()].map((p) => structuredClone(p)),
    spaces: () => [...store.confluence.spaces.values()].map((s) => ({ ...s })),
    onEvent: (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  const server = createSimServer({
    store,
    operations: loadOperations(),
    routes,
    faults,
    calls,
    violations,
    credentials: () => ({ email: sim.email, apiToken: sim.apiToken }),
    pageCap: options.pageCap ?? 50,
    site: () => url,
    searchLag: () => sim.searchLagMs,
    searchPageCap: () => sim.searchPageCap,
    control: createControl(sim, store),
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sim.url = url;
  if (options.seed) loadSeed(store, url, options.seed);
  return sim;
}
