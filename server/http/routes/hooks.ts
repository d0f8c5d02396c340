import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../env.js';
import { problems } from '../problem.js';
import { requestHeader } from '../request-header.js';

/** Deliveries remembered for de-duplication: Jira retries with the same identifier (FACTS §8). */
const REMEMBERED = 10_000;

function signed(secret: string, body: Uint8Array, header: string | undefined): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '');
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(match[1] as string, 'hex'));
}

/** An automation rule's "Send web request" cannot sign; it sends the secret itself in a header of its own. */
function sharedSecret(secret: string, header: string | undefined): boolean {
  if (header === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(secret), digest(header.trim()));
}

/**
 * `POST /hooks/jira`: Jira's admin webhooks, signed with `X-Hub-Signature: sha256=<HMAC of the raw body>`, or an
 * automation rule's "Send web request" carrying the secret in `X-MedSupport-Webhook-Secret` (docs/jsm.md). Confluence
 * page webhooks signed with the same secret refresh those pages of the knowledge base. Tells the backend which practices' lists changed.
 */
export function hookRoutes(deps: AppDeps) {
  const hook = deps.store.jiraHook;
  const { articles } = deps;
  const seen = new Set<string>();
  return new Hono<AppEnv>().post('/hooks/jira', async (c) => {
    if (!hook) throw problems.notFound('No such endpoint.');
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (!signed(hook.secret, body, requestHeader(c, 'x-hub-signature')) && !sharedSecret(hook.secret, requestHeader(c, 'x-medsupport-webhook-secret'))) {
      throw problems.unauthorized('The X-Hub-Signature does not match the body.');
    }
    const id = requestHeader(c, 'x-atlassian-webhook-identifier');
    if (id !== undefined && seen.has(id)) return c.body(null, 204);
    // An automation rule may send no body at all (FACTS §8): then it tells only that something changed.
    let payload: unknown = null;
    try {
      if (body.length > 0) payload = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw problems.malformedJson();
    }
    if (id !== undefined) {
      if (seen.size >= REMEMBERED) seen.clear();
      seen.add(id);
    }
    // Confluence's page webhooks (page_created, page_updated, page_removed, …) name the page to read again.
    const page = typeof payload === 'object' && payload !== null ? (payload as { page?: { id?: unknown } }).page : undefined;
    if (page && (typeof page.id === 'string' || typeof page.id === 'number')) {
      articles.refresh?.([String(page.id)]).catch((error: unknown) => deps.log(`kb: refresh after a page webhook failed: ${String(error)}`));
    } else hook.receive(payload);
    return c.body(null, 204);
  });
}
