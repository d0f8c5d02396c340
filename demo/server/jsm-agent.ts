import type { IncomingMessage } from 'node:http';
import type { AgentRequestList, AgentRequestSummary, RequestContext, RequestStatus, StatusId } from '../../src/api/contract.js';
import { LIMITS } from '../../src/api/contract.js';
import { SEED_USERS, SUPPORT_AGENT_NAME } from '../../server/index.js';
import { JSM_STATUS_NAMES } from '../../server/jsm-sim/demo-seed.js';
import type { JsmSimulator, SimComment, SimIssue, SimOrganization, SimUser } from '../../server/jsm-sim/index.js';
import { medDesk } from '../../server/jsm-sim/state/desk.js';
import { statusById } from '../../server/jsm-sim/state/workflow.js';
import { descriptionText, parseAttribution, portalStatus } from '../../server/store/jsm/convert.js';
import { PRACTICE_PROPERTY } from '../../server/store/jsm/identity.js';
import type { ConsoleActivityItem, ConsoleRequestDetail } from '../agent/api.js';
import type { AgentBackend } from './agent-proxy.js';
import { sendJson, sendProblem } from './http.js';

const PAGE_LIMIT = 100;
const BODY_LIMIT = LIMITS.bodyMaxBytes;

/** The simulated desk's request types and fields, for names an agent reads in German. */
const DESK = medDesk(true);

/** What the gateway writes under a description (server/store/jsm/convert.ts), read back into the console's context card. */
const CONTEXT_LINES: Record<string, keyof Omit<RequestContext, 'extra'>> = {
  Seite: 'pageUrl',
  'App-Version': 'appVersion',
  Browser: 'userAgent',
  Sprache: 'locale',
  Bildschirm: 'screen',
};
const FOOTER = '----\n*MedSupport*';

function contextOf(description: string): RequestContext | null {
  const at = description.lastIndexOf(FOOTER);
  if (at === -1) return null;
  const context: RequestContext = {};
  for (const line of description.slice(at).split('\n')) {
    const colon = line.indexOf(': ');
    if (colon === -1) continue;
    const label = line.slice(0, colon);
    const value = line.slice(colon + 2);
    const key = CONTEXT_LINES[label];
    if (key) context[key] = value;
    if (label === 'Weitere Angaben') {
      try {
        context.extra = JSON.parse(value) as Record<string, unknown>;
      } catch {
        // Agents can edit descriptions in JSM; a broken line is simply not shown as context.
      }
    }
  }
  return Object.keys(context).length > 0 ? context : null;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The portal's id and category for the colours; the name as JSM shows it, which is also what the widget shows. */
function statusOf(statusId: string): RequestStatus {
  const status = statusById(statusId);
  return { ...portalStatus(status.name.en, status.category, 'de'), name: status.name.de };
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(title);
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new Refusal(413, 'Payload Too Large');
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new Refusal(400, 'Bad Request', 'The body must be a JSON object.');
}

const authorName = (value: unknown): string => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : SUPPORT_AGENT_NAME);

/**
 * The support console on the JSM backend: the portal's agent API does not exist there (the support team works in
 * JSM), so the demo acts as a JSM agent directly on the simulator and answers the console's `/demo/agent/…` calls in
 * the agent API's shapes. It sees what an agent sees, internal notes included, and writes as an agent: every reply and
 * status change goes through the simulator and reaches the portal as a webhook (or the portal's poll), as in JSM.
 */
export function createJsmAgent(sim: JsmSimulator, seededAgentId: string): AgentBackend {
  // Names typed into the console's "Name im Verlauf" become agent accounts, one per name, as agents in JSM each have their own.
  const agentsByName = new Map<string, string>([[SUPPORT_AGENT_NAME, seededAgentId]]);
  const agentNames = new Map<string, string>([[seededAgentId, SUPPORT_AGENT_NAME]]);
  const agentFor = (name: string): string => {
    let id = agentsByName.get(name);
    if (!id) {
      id = sim.createAgentUser(name);
      agentsByName.set(name, id);
      agentNames.set(id, name);
    }
    return id;
  };

  // The simulator's status history does not keep who moved the issue; the console remembers its own moves, and the
  // seeded ones were the support agent's.
  const statusAuthors = new Map<string, string>();
  const statusAuthor = (key: string, index: number): string => statusAuthors.get(`${key}#${index}`) ?? SUPPORT_AGENT_NAME;

  const people = (): Map<string, SimUser> => new Map(sim.customers().map((c) => [c.accountId, c]));
  const practices = (): Map<string, SimOrganization> => new Map(sim.organizations().map((o) => [o.id, o]));
  const practiceId = (org: SimOrganization): string | null => {
    const property = org.properties[PRACTICE_PROPERTY];
    const id = property && typeof property === 'object' ? (property as { practiceId?: unknown }).practiceId : undefined;
    return typeof id === 'string' ? id : null;
  };

  function requestType(issue: SimIssue) {
    const type = DESK.requestTypes.find((t) => t.id === issue.requestTypeId);
    return { id: issue.requestTypeId, key: type?.key ?? issue.requestTypeId, name: type?.name.de ?? issue.requestTypeId };
  }

  function summaryOf(issue: SimIssue, users: Map<string, SimUser>, orgs: Map<string, SimOrganization>): AgentRequestSummary {
    const reporter = users.get(issue.reporterId);
    const email = reporter?.emailAddress ?? '';
    const seeded = Object.values(SEED_USERS).find((u) => u.email === email);
    const requester = { id: seeded?.id ?? `jsm:${issue.reporterId}`, name: reporter?.displayName ?? issue.reporterId, email };
    const org = issue.organizationIds.map((id) => orgs.get(id)).find((o) => o !== undefined);
    const agentTimes = [
      ...issue.comments.filter((c) => !c.internal && agentNames.has(c.authorId)).map((c) => c.created),
      ...issue.statusHistory.slice(1).map((s) => s.at),
    ];
    return {
      key: issue.key,
      summary: issue.summary,
      requestType: requestType(issue),
      status: statusOf(issue.statusId),
      createdBy: { id: requester.id, name: requester.name },
      createdAt: iso(issue.created),
      updatedAt: iso(issue.updated),
      lastAgentActivityAt: agentTimes.length > 0 ? iso(Math.max(...agentTimes)) : null,
      organization: org ? { id: practiceId(org) ?? `jsm:${org.id}`, name: org.name } : null,
      requester,
    };
  }

  function commentItem(comment: SimComment, users: Map<string, SimUser>): ConsoleActivityItem {
    const customer = users.get(comment.authorId);
    // Customers' comments arrive through the gateway's service account, with their name in the first line.
    const attribution = comment.authorId === sim.serviceAccountId ? parseAttribution(comment.body) : null;
    const isAgent = !customer && !attribution;
    const item: ConsoleActivityItem = {
      id: `c${comment.id}`,
      type: 'comment',
      at: iso(comment.created),
      author: { name: attribution?.name ?? customer?.displayName ?? agentNames.get(comment.authorId) ?? 'Support', isAgent },
      body: attribution?.text ?? comment.body,
    };
    if (comment.internal) item.internal = true;
    return item;
  }

  function detailOf(issue: SimIssue): ConsoleRequestDetail {
    const users = people();
    const summary = summaryOf(issue, users, practices());
    const type = DESK.requestTypes.find((t) => t.id === issue.requestTypeId);
    const fields = (type?.fields ?? []).flatMap((field) => {
      if (field.kind === 'summary' || field.kind === 'organizations' || field.kind === 'attachment') return [];
      const raw = field.kind === 'description' ? descriptionText(issue.description, () => 'Support') : issue.customFields[field.fieldId];
      const value = field.kind === 'option' ? field.options?.find((o) => o.id === String(raw))?.label.de : raw === undefined ? undefined : String(raw);
      return value ? [{ id: field.fieldId, label: field.name.de, value }] : [];
    });
    const created: ConsoleActivityItem = { id: 'created', type: 'created', at: summary.createdAt, author: { name: summary.requester.name, isAgent: false } };
    const activity: ConsoleActivityItem[] = [
      created,
      ...issue.comments.map((c) => commentItem(c, users)),
      ...issue.statusHistory.slice(1).map((s, i): ConsoleActivityItem => ({
        id: `s${i + 1}`,
        type: 'status',
        at: iso(s.at),
        author: { name: statusAuthor(issue.key, i + 1), isAgent: true },
        status: statusOf(s.statusId),
      })),
    ].sort((a, b) => a.at.localeCompare(b.at));
    return { ...summary, fields, context: contextOf(issue.description), activity };
  }

  function list(url: URL): AgentRequestList {
    const status = url.searchParams.get('status') ?? 'all';
    const organization = url.searchParams.get('organization');
    const sort = url.searchParams.get('sort') === 'created' ? 'created' : 'updated';
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 25, 1), PAGE_LIMIT);
    const offset = Math.max(Number(url.searchParams.get('cursor')) || 0, 0);
    const users = people();
    const orgs = practices();
    const items = sim
      .issues()
      .sort((a, b) => b[sort] - a[sort] || b.key.localeCompare(a.key, 'en', { numeric: true }))
      .map((issue) => summaryOf(issue, users, orgs))
      .filter((item) => (status === 'all' ? true : item.status.category === (status === 'closed' ? 'closed' : 'open')))
      .filter((item) => !organization || item.organization?.id === organization);
    const end = offset + limit;
    return { items: items.slice(offset, end), nextCursor: end < items.length ? String(end) : null };
  }

  const issueOr404 = (key: string): SimIssue => {
    const issue = sim.issue(key);
    if (!issue) throw new Refusal(404, 'Not Found', 'No request with this key.');
    return issue;
  };

  async function comment(req: IncomingMessage, key: string): Promise<ConsoleActivityItem> {
    issueOr404(key);
    const body = await readBody(req);
    if (typeof body.body !== 'string' || !body.body.trim() || body.body.length > LIMITS.textMaxLength) {
      throw new Refusal(422, 'Unprocessable Content', `body: must be 1 to ${LIMITS.textMaxLength} characters`);
    }
    if (body.internal !== undefined && typeof body.internal !== 'boolean') throw new Refusal(422, 'Unprocessable Content', 'internal: must be true or false');
    const id = await sim.agentComment(key, { body: body.body, internal: body.internal === true, author: agentFor(authorName(body.author)) });
    const created = issueOr404(key).comments.find((c) => c.id === id);
    if (!created) throw new Error(`the simulator lost comment ${id}`);
    return commentItem(created, people());
  }

  async function setStatus(req: IncomingMessage, key: string): Promise<ConsoleRequestDetail> {
    issueOr404(key);
    const body = await readBody(req);
    const status = body.status as StatusId;
    if (!Object.hasOwn(JSM_STATUS_NAMES, status)) throw new Refusal(422, 'Unprocessable Content', `status: must be one of ${Object.keys(JSM_STATUS_NAMES).join(', ')}`);
    const name = authorName(body.author);
    await sim.transition(key, JSM_STATUS_NAMES[status], agentFor(name));
    const moved = issueOr404(key);
    statusAuthors.set(`${moved.key}#${moved.statusHistory.length - 1}`, name);
    return detailOf(moved);
  }

  return {
    features: { internalNotes: true },
    handle: async (req, res, rest, url) => {
      try {
        const key = /^requests\/([\w-]+)(?:\/(comments|status))?$/.exec(rest);
        if (req.method === 'GET' && rest === 'requests') return sendJson(res, 200, list(url));
        if (req.method === 'GET' && key?.[1] && !key[2]) return sendJson(res, 200, detailOf(issueOr404(key[1])));
        if (req.method === 'POST' && key?.[1] && key[2] === 'comments') return sendJson(res, 201, await comment(req, key[1]));
        if (req.method === 'POST' && key?.[1] && key[2] === 'status') return sendJson(res, 200, await setStatus(req, key[1]));
        sendProblem(res, 404, 'Not Found', 'The console only lists, reads, comments and changes status.');
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        sendProblem(res, error.status, error.title, error.detail);
      }
    },
  };
}
