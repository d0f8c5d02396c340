/**
 * The demo's story on the JSM simulator (`npm run demo -- --backend jsm`): the same practices, people and requests as
 * the SQLite seed in `server/seed/`, turned into what a JSM site holds, so both backends show the same thing.
 */
import { loadArticles } from '../kb/loader.js';
import { DEMO_SEED, REQUEST_TYPES, SUPPORT_AGENT_NAME } from '../seed/index.js';
import type { SeedRequest, SeedUser } from '../seed/types.js';
import { descriptionWithFooter } from '../store/jsm/convert.js';
import { PRACTICE_PROPERTY } from '../store/jsm/identity.js';
import type { StatusId } from '../../src/api/contract.js';
import { medDesk, type DeskField } from './state/desk.js';
import type { JsmSimulator, SeedComment, SeedIssue, SimSeed } from './types.js';

/** Portal request-type key → the simulator's request type, as the demo's gateway is configured (JSM_REQUEST_TYPES). */
export const DEMO_REQUEST_TYPES: { key: string; jsmId: string }[] = [
  { key: 'bug', jsmId: '10' },
  { key: 'support', jsmId: '11' },
  { key: 'billing', jsmId: '12' },
];

/** The portal's status ids under the names of JSM's default service-desk workflow (what `sim.transition` takes). */
export const JSM_STATUS_NAMES: Record<StatusId, string> = {
  waiting_for_support: 'Waiting for support',
  in_progress: 'In progress',
  waiting_for_customer: 'Waiting for customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

/**
 * Internal notes exist only in JSM, so the SQLite seed has none; these few, keyed by summary, let a person trying the
 * demo see one in the console and not in the widget.
 */
const INTERNAL_NOTES: Record<string, { hoursAfter: number; body: string }[]> = {
  'Patientendokumente lassen sich nicht öffnen': [
    { hoursAfter: 2, body: 'An die Entwicklung weitergegeben: PDF-Viewer lädt bei Befunden über 20 MB nicht. Kunde noch nicht über Ursache informieren.' },
  ],
  'Rückfrage zur Rechnung RE-2024-1187': [{ hoursAfter: 20, body: 'Buchhaltung bestätigt die doppelte Lizenz; Gutschrift über 49 € ist angelegt.' }],
  'DSGVO-Auskunft: Export bricht ab': [{ hoursAfter: 10, body: 'Zeitüberschreitung im Export-Job bei vielen Scans, bekannt aus zwei anderen Praxen.' }],
};

/** Stable customer ids, so the seed's issues can name their reporters before the simulator has seen them. */
export const demoAccountId = (user: SeedUser): string => `qm:medsupport-demo:${user.id}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A seed request's portal field values as the simulator's custom fields: option ids by their German text, numbers as numbers. */
function customFields(request: SeedRequest, jsmTypeId: string): Record<string, string | number> {
  const portalType = REQUEST_TYPES.find((t) => t.key === request.requestTypeKey);
  const jsmType = medDesk(true).requestTypes.find((t) => t.id === jsmTypeId);
  if (!portalType || !jsmType) throw new Error(`demo seed: no request type ${request.requestTypeKey}`);
  const out: Record<string, string | number> = {};
  for (const field of portalType.fields) {
    const value = request.fields[field.id];
    if (value === undefined || field.id === 'summary' || field.id === 'description') continue;
    // The simulator's fields carry the same German names as the portal's (both copied from the vendor's help page).
    const jsmField: DeskField | undefined = jsmType.fields.find((f) => f.name.de === field.label.de);
    if (!jsmField) throw new Error(`demo seed: ${request.requestTypeKey} has no JSM field "${field.label.de}"`);
    if (jsmField.kind === 'option') {
      const label = field.options?.find((o) => o.value === value)?.label.de;
      const option = jsmField.options?.find((o) => o.value === label);
      if (!option) throw new Error(`demo seed: no option "${value}" for ${jsmField.fieldId}`);
      out[jsmField.fieldId] = option.id;
    } else {
      out[jsmField.fieldId] = jsmField.kind === 'number' ? Number(value) : value;
    }
  }
  return out;
}

/** The simulator's seed for the demo; `agentId` is the support agent who wrote the seeded answers. */
export function demoSimSeed(agentId: string, now = Date.now()): SimSeed {
  const users = new Map(DEMO_SEED.users.map((u) => [u.id, u]));
  const orgIds = new Map(DEMO_SEED.organizations.map((o, i) => [o.id, String(101 + i)]));
  const userOf = (id: string): SeedUser => {
    const user = users.get(id);
    if (!user) throw new Error(`demo seed: no user ${id}`);
    return user;
  };

  const issues = DEMO_SEED.requests.map((request, index): SeedIssue => {
    const jsmTypeId = DEMO_REQUEST_TYPES.find((t) => t.key === request.requestTypeKey)?.jsmId;
    if (!jsmTypeId) throw new Error(`demo seed: request type ${request.requestTypeKey} is not mapped`);
    const reporter = userOf(request.createdBy);
    const practice = DEMO_SEED.organizations.find((o) => o.id === reporter.orgId);
    const created = now - request.daysAgo * DAY;
    const at = (hoursAfter: number): string => new Date(created + hoursAfter * HOUR).toISOString();

    const comments: (SeedComment & { hoursAfter: number })[] = [];
    for (const event of request.events) {
      if (event.kind === 'agent_comment') comments.push({ hoursAfter: event.hoursAfter, body: event.body, authorId: agentId, created: at(event.hoursAfter) });
      if (event.kind === 'customer_comment') comments.push({ hoursAfter: event.hoursAfter, body: event.body, authorId: demoAccountId(userOf(event.userId)), created: at(event.hoursAfter) });
    }
    for (const note of INTERNAL_NOTES[request.fields.summary ?? ''] ?? []) {
      comments.push({ hoursAfter: note.hoursAfter, body: note.body, internal: true, authorId: agentId, created: at(note.hoursAfter) });
    }
    comments.sort((a, b) => a.hoursAfter - b.hoursAfter);
    const lastStatus = request.events.filter((e) => e.kind === 'status').at(-1);

    const issue: SeedIssue = {
      requestTypeId: jsmTypeId,
      summary: request.fields.summary ?? '',
      // What the gateway writes under a description, so an agent reads who sent it from where in both cases.
      description: descriptionWithFooter(request.fields.description ?? '', { name: reporter.name, email: reporter.email, practice: practice?.name ?? null }, request.context ?? null, `demo-seed-${index + 1}`),
      reporterId: demoAccountId(reporter),
      organizationIds: [orgIds.get(reporter.orgId) ?? ''],
      customFields: customFields(request, jsmTypeId),
      created: new Date(created).toISOString(),
      comments: comments.map(({ hoursAfter: _hoursAfter, ...comment }) => comment),
    };
    if (lastStatus?.kind === 'status') issue.status = JSM_STATUS_NAMES[lastStatus.status];
    return issue;
  });

  // Oldest first, so the issue keys grow with creation time as on a real site.
  issues.sort((a, b) => Date.parse(a.created ?? '') - Date.parse(b.created ?? ''));

  return {
    customers: DEMO_SEED.users.map((u) => ({ accountId: demoAccountId(u), displayName: u.name, emailAddress: u.email })),
    organizations: DEMO_SEED.organizations.map((o) => ({
      id: orgIds.get(o.id) ?? '',
      name: o.name,
      memberIds: DEMO_SEED.users.filter((u) => u.orgId === o.id).map(demoAccountId),
      properties: { [PRACTICE_PROPERTY]: { practiceId: o.id } },
    })),
    issues,
  };
}

/** Seeds a fresh simulator with the demo's story; returns the support agent's account, who wrote the seeded answers. */
export function seedDemoSite(sim: JsmSimulator): { agentId: string } {
  const agentId = sim.createAgentUser(SUPPORT_AGENT_NAME);
  sim.loadSeed(demoSimSeed(agentId));
  return { agentId };
}

/** The knowledge base's space key in the demo's Confluence. */
export const DEMO_KB_SPACE = 'KB';

/** A Confluence label: lower case, no spaces (labels are single words). */
const label = (text: string) => text.toLowerCase().trim().replace(/\s+/g, '-');

/**
 * The Markdown articles of `server/articles/` as pages of the desk's Confluence space, with the label conventions of
 * docs/jsm.md (`id-`, `lang-`, `rt-`, keywords), so the demo on JSM suggests the same articles as on SQLite.
 */
export async function seedDemoKnowledgeBase(sim: JsmSimulator, articlesDir: string, log: (line: string) => void): Promise<void> {
  const articles = await loadArticles(articlesDir, log);
  sim.loadSeed({
    confluence: {
      spaces: [{ key: DEMO_KB_SPACE, name: 'medondo Hilfe' }],
      pages: articles.map((article) => ({
        spaceKey: DEMO_KB_SPACE,
        title: article.title,
        storage: article.html,
        labels: [`id-${article.id}`, `lang-${article.locale}`, ...article.requestTypes.map((key) => `rt-${key}`), ...article.keywords.map(label)],
        createdAt: article.updatedAt,
      })),
    },
  });
  log(`demo: knowledge base as ${articles.length} Confluence pages of space ${DEMO_KB_SPACE}`);
}
