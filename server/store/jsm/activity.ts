import type { ActivityItem, AttachmentRef, Locale } from '../../../src/api/contract.js';
import { safeFileName } from '../../attachments/file-name.js';
import { isoTime } from '../../domain/iso-time.js';
import { isGatewayAccount, type Desk } from './catalog.js';
import { SD_API, type JsmClient } from './client.js';
import { attachmentId, parseAttribution, portalStatus } from './convert.js';
import { BackendUnavailableError } from '../backend-errors.js';
import { JsmResponseError } from './errors.js';
import { obj, optObj, optStr, page, str, time, type Json } from './read.js';
import type { JsmState } from './state.js';
import { wikiToText } from './wiki.js';

// A bound for a server that never says the last page came; at JSM's smallest known page size still thousands.
const MAX_PAGES = 100;

/** Every value of a paged servicedeskapi list (FACTS §1: the server may cap `limit` silently). */
export async function allPages(client: JsmClient, path: string, query: Record<string, string | number | boolean>, experimental = false): Promise<Json[]> {
  const values: Json[] = [];
  for (let start = 0, pages = 0; pages < MAX_PAGES; pages++) {
    const p = page((await client.request({ method: 'GET', path, query: { ...query, start, limit: 100 }, retry: true, experimental })).body, path);
    values.push(...p.values.map((v) => obj(v, path)));
    if (p.isLastPage) break;
    start += p.values.length;
  }
  return values;
}

export interface Author {
  accountId: string | null;
  name: string;
  isAgent: boolean;
}

/** Accounts the caller knows for customers: portal users the gateway has seen, a request's reporter. */
export type IsCustomer = (accountId: string) => boolean;

/**
 * Whether a JSM account is the support team's: not the gateway itself, not one `isCustomer` knows, not a portal-only
 * customer (platform `accountType` "customer", FACTS §2). `user` carries the type where JSM sent a platform user, or
 * after `withAccountTypes`; any other customer with an Atlassian account cannot be told from an agent.
 */
export function authorOf(user: Json | undefined, desk: Desk, isCustomer: IsCustomer, at: number): Author {
  const accountId = optStr(user?.accountId) ?? null;
  const name = optStr(user?.displayName) ?? '';
  const customer = optStr(user?.accountType) === 'customer' || (accountId !== null && isCustomer(accountId));
  return { accountId, name, isAgent: !isGatewayAccount(desk, accountId, at) && !customer };
}

/** Accounts whose type `withAccountTypes` need not look up: the gateway's own and the known customers. */
export const typeKnown = (desk: Desk, isCustomer: IsCustomer) => (accountId: string): boolean =>
  accountId === desk.serviceAccountId || isCustomer(accountId);

/** Account types looked up, per gateway (its client); cleared when full, as each is one cheap read again. */
const accountTypes = new WeakMap<JsmClient, Map<string, string>>();
const ACCOUNT_TYPES_KEPT = 10_000;

/**
 * An account's platform type (JP getUser: atlassian, app, customer or unknown), read once per process. "unknown" also
 * when JSM will not say (a deleted account, or no Browse users and groups permission): the author then counts as
 * the support team's, as nothing tells otherwise.
 */
async function accountType(client: JsmClient, accountId: string): Promise<string> {
  let known = accountTypes.get(client);
  if (!known) {
    known = new Map();
    accountTypes.set(client, known);
  }
  const cached = known.get(accountId);
  if (cached !== undefined) return cached;
  let type = 'unknown';
  try {
    // Not retried: a label of who wrote a comment must not spend the page's deadline waiting out a 429.
    const user = obj((await client.request({ method: 'GET', path: '/rest/api/3/user', query: { accountId }, retry: false })).body, 'user');
    type = optStr(user.accountType) ?? 'unknown';
  } catch (error) {
    // A site that fails this one lookup still shows the request: the author then counts as before, asked again later.
    if (error instanceof BackendUnavailableError) return 'unknown';
    if (!(error instanceof JsmResponseError)) throw error;
  }
  if (known.size >= ACCOUNT_TYPES_KEPT) known.clear();
  known.set(accountId, type);
  return type;
}

/**
 * Comments whose authors carry their account type: servicedeskapi's UserDTO has none (SM UserDTO), so each author
 * without one is looked up on the platform. `skip` spares the lookup for accounts the caller already knows.
 */
export async function withAccountTypes(client: JsmClient, comments: Json[], skip: (accountId: string) => boolean = () => false): Promise<Json[]> {
  const untyped = new Set(comments.flatMap((c) => {
    const author = optObj(c.author);
    const accountId = optStr(author?.accountId);
    return accountId !== undefined && optStr(author?.accountType) === undefined && !skip(accountId) ? [accountId] : [];
  }));
  const types = new Map(await Promise.all([...untyped].map(async (accountId) => [accountId, await accountType(client, accountId)] as const)));
  return comments.map((c) => {
    const author = optObj(c.author);
    const type = types.get(optStr(author?.accountId) ?? '');
    return author && type !== undefined ? { ...c, author: { ...author, accountType: type } } : c;
  });
}

/** The items of an attachment list, given as an array or as a page. */
const attachmentItems = (list: unknown): unknown[] => (Array.isArray(list) ? list : Array.isArray(optObj(list)?.values) ? (optObj(list)?.values as unknown[]) : []);

export function attachmentRefs(issueKey: string, list: unknown): AttachmentRef[] {
  return attachmentItems(list).flatMap((v) => {
    const item = optObj(v);
    const id = item ? attachmentId(item) : null;
    if (!item || !id) return [];
    const ref = `j.${issueKey}.${id}`;
    return [{ id: ref, name: safeFileName(optStr(item.filename) ?? ''), size: typeof item.size === 'number' ? item.size : 0, contentType: optStr(item.mimeType) ?? 'application/octet-stream', url: `/attachments/${ref}` }];
  });
}

/**
 * The public comments of a request, with their authors' account types (but for the `known` accounts): `internal=false`
 * because an agent's token gets internal ones by default (FACTS §5), and only a comment JSM marks public counts as one.
 */
export async function publicComments(client: JsmClient, key: string, known?: (accountId: string) => boolean): Promise<Json[]> {
  const comments = (await allPages(client, `${SD_API}/request/${key}/comment`, { public: true, internal: false, expand: 'attachment' })).filter((c) => c.public === true);
  // A comment's files come as one page (PagedDTOAttachmentDTO); the rest are read from the comment's own list.
  const whole = await Promise.all(comments.map(async (c) => {
    const files = optObj(c.attachments);
    if (!files || files.isLastPage !== false) return c;
    const values = await allPages(client, `${SD_API}/request/${key}/comment/${str(c.id, 'comment id')}/attachment`, {}, true);
    return { ...c, attachments: { ...files, values, isLastPage: true } };
  }));
  return withAccountTypes(client, whole, known);
}

export interface CommentView {
  item: ActivityItem;
  agent: boolean;
  attachmentIds: string[];
  /** The gateway's comment with files and no text: the files of a create attached right after it (see `attachAfterCreate`). */
  filesOnly: boolean;
}

/**
 * The text without the mentions JSM appends to an attachment call's comment, one per file (SM createAttachment
 * example: `… attached. !screenshot.png|thumbnail! [^log.txt] _(32 kB)_`). Only a trailing run of mentions of
 * `names` goes, so text the customer wrote stays. Read from the end, mention by mention: a pattern over the whole
 * body would try every start in a long stretch of blanks, which a reply of 30,000 spaces turns into seconds.
 */
export function withoutAttachmentMentions(body: string, names: string[]): string {
  const files = new Set(names);
  let text = body.trimEnd();
  const cut = (at: number) => {
    text = text.slice(0, at).trimEnd();
    return true;
  };
  const mentionAtEnd = (): boolean => {
    // `!name|thumbnail!` or `[^name]`, either with the size JSM may add: ` _(32 kB)_`.
    const sized = /[ \t]*_\([^()\n]*\)_$/.exec(text.slice(-64));
    const head = text.slice(0, sized ? text.length - sized[0].length : text.length);
    // By the files' own names, which may hold a `!` or `[^` themselves ("Wichtig!.png").
    for (const name of files) {
      for (const mention of [`[^${name}]`, `!${name}!`]) if (head.endsWith(mention)) return cut(head.length - mention.length);
      const open = head.endsWith('!') ? head.lastIndexOf(`!${name}|`) : -1;
      if (open >= 0 && !/[!\n]/.test(head.slice(open + name.length + 2, -1))) return cut(open);
    }
    return false;
  };
  let stripped = false;
  while (files.size > 0 && mentionAtEnd()) stripped = true;
  return stripped ? text : body;
}

/**
 * A public comment as the widget shows it: the gateway's comments under their customer's name and as they typed them,
 * without the attribution line and the attachment mentions JSM added; others as the text their markup reads as
 * (`wikiToText`, naming those mentioned by `nameOf`), the files they embed shown as their attachments.
 */
export function commentItem(
  comment: Json,
  issueKey: string,
  desk: Desk,
  state: JsmState,
  isCustomer: IsCustomer,
  nameOf: (accountId: string) => string = () => desk.projectName,
): CommentView {
  const id = str(comment.id, 'comment id');
  const created = time(comment.created, 'comment created');
  const author = authorOf(optObj(comment.author), desk, isCustomer, created);
  const attachments = attachmentRefs(issueKey, comment.attachments);
  // JSM mentions its files by their names as stored, which the widget shows cleaned (`safeFileName`).
  const mentioned = attachmentItems(comment.attachments).map((item) => optStr(optObj(item)?.filename) ?? '');
  let body = optStr(comment.body) ?? '';
  let name = author.name;
  let isAgent = author.isAgent;
  const gateway = isGatewayAccount(desk, author.accountId, created);
  // Every reply the gateway writes names its customer in the first line; the files of a create come without one.
  const attribution = gateway ? parseAttribution(body) : null;
  if (gateway) {
    const written = state.commentAuthor(id);
    if (attribution) body = attribution.text;
    body = withoutAttachmentMentions(body, mentioned);
    name = written?.name ?? attribution?.name ?? name;
    isAgent = false;
  } else body = wikiToText(withoutAttachmentMentions(body, mentioned), nameOf);
  const item: ActivityItem = { id: `c${id}`, type: 'comment', at: isoTime(created), author: { name, isAgent }, body };
  if (attachments.length > 0) item.attachments = attachments;
  return { item, agent: isAgent, attachmentIds: attachments.map((a) => a.id), filesOnly: gateway && attribution === null && body.trim() === '' && attachments.length > 0 };
}

/** How soon after a customer's reply a move back to "waiting for support" is that reply's doing (the gateway's hand-back). */
const HAND_BACK_MS = 15_000;

/**
 * Status changes after the first (the creation), oldest first; JSM's list is newest first and names no author
 * (FACTS §7). A move back to waiting for support right after a customer's reply is the reply's (see `handBack`);
 * every other change is the support team's.
 */
export function statusItems(history: Json[], locale: Locale, teamName: string, replies: ActivityItem[] = []): ActivityItem[] {
  // Reversed before the (stable) sort: changes of one instant keep their order, which only JSM's list tells.
  const sorted = history
    .map((h) => ({ at: time(h.statusDate, 'statusDate'), name: optStr(h.status) ?? '', category: optStr(h.statusCategory) ?? '' }))
    .reverse()
    .sort((a, b) => a.at - b.at);
  const ids = new Map<number, number>();
  return sorted.slice(1).map((h) => {
    const same = (ids.get(h.at) ?? 0) + 1;
    ids.set(h.at, same);
    const status = portalStatus(h.name, h.category, locale, true);
    const reply = status.id === 'waiting_for_support'
      ? replies.find((r) => !r.author.isAgent && h.at - Date.parse(r.at) >= 0 && h.at - Date.parse(r.at) <= HAND_BACK_MS)
      : undefined;
    return { id: same === 1 ? `s${h.at}` : `s${h.at}.${same}`, type: 'status' as const, at: isoTime(h.at), author: reply ? reply.author : { name: teamName, isAgent: true }, status };
  });
}
