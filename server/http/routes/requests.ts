import { Hono, type Context } from 'hono';
import { callerScope, clientIp } from '../client-ip.js';
import type { AppDeps, AppEnv } from '../env.js';
import { jsonWithEtag, notModified, type Caching } from '../etag.js';
import { idempotent } from '../idempotency.js';
import { readJson } from '../json-body.js';
import { createListCache } from '../list-cache.js';
import { authenticate, currentUser } from '../middleware/auth.js';
import { vary } from '../middleware/cors.js';
import { limitBackendReads } from '../middleware/read-limits.js';
import { limitWrites } from '../middleware/write-limits.js';
import { problems } from '../problem.js';
import { translateStoreErrors } from '../store-errors.js';
import { parseListQuery } from '../validation/list-query.js';
import { validateCreateRequest } from '../validation/request-body.js';
import { validateComment } from '../validation/simple-bodies.js';

/** User data: revalidate every time (the ETag makes that cheap), and never share between users or languages. */
const PRIVATE: Caching = { cacheControl: 'private, no-cache', vary: vary('Authorization', 'Accept-Language') };

export function requestRoutes(deps: AppDeps) {
  const { store } = deps;
  const lists = createListCache();
  /**
   * A list of the practice `orgId` under `key` (everything it depends on besides the data): a 304 for the widget's
   * ETag, else the cached JSON while the practice's data is unchanged, else `compute`'s.
   */
  const practiceList = async (c: Context<AppEnv>, orgId: string, key: string, compute: () => Promise<string>) => {
    const version = store.listVersion(orgId);
    const etag = lists.etag(key, version);
    const unchanged = etag === null ? null : notModified(c, etag, PRIVATE);
    if (unchanged) return unchanged;
    const list = await lists.get(key, version, compute);
    return jsonWithEtag(c, list.body, PRIVATE, list.etag);
  };

  return new Hono<AppEnv>()
    .get('/requests', authenticate(deps, 'required'), limitBackendReads(deps), async (c) => {
      const user = currentUser(c);
      const locale = c.get('locale');
      const query = parseListQuery(c.req.query());
      if (query.requestTypeId !== undefined) {
        const type = await store.getRequestType(query.requestTypeId, locale);
        if (!type) throw problems.validation([{ field: 'requestType', message: 'unknown request type' }]);
        query.requestTypeId = type.id;
      }
      // Everything the list depends on besides the data. The reader too, for "Alle" as well: on JSM it holds the
      // reader's own private requests, which colleagues must not get from a list built for someone else.
      return practiceList(c, user.orgId, JSON.stringify([user.id, user.orgId, locale, query]), () =>
        translateStoreErrors(() => store.listRequests({ ...query, userId: user.id, userName: user.name, orgId: user.orgId }, locale)),
      );
    })
    .get('/requests/creators', authenticate(deps, 'required'), limitBackendReads(deps), async (c) => {
      // As a list of the practice: on JSM up to 20 searches, which only a change of its requests makes worth repeating.
      const { orgId } = currentUser(c);
      return practiceList(c, orgId, JSON.stringify(['creators', orgId]), async () => JSON.stringify({ items: await store.listCreators(orgId) }));
    })
    .get('/requests/:key', authenticate(deps, 'required'), limitBackendReads(deps), async (c) => {
      const request = await store.getRequest(c.req.param('key'), currentUser(c), c.get('locale'));
      if (!request) throw problems.notFound('No request with this key.');
      return jsonWithEtag(c, JSON.stringify(request), PRIVATE);
    })
    .post('/requests', authenticate(deps, deps.config.allowAnonymous ? 'optional' : 'required'), limitWrites(deps, deps.limits.anonymous), async (c) => {
      const user = c.get('user');
      const locale = c.get('locale');
      const ip = clientIp(c);
      const raw = await readJson(c);
      return idempotent(c, store.idempotency, callerScope(user?.id ?? null, ip), raw, async (idempotencyRef) => {
        const body = await validateCreateRequest(raw, (id) => store.getRequestType(id, locale), user === null);
        const creator = user ?? (body.visitor && (await store.upsertVisitor(body.visitor.email, body.visitor.name, locale)));
        if (!creator) throw problems.unauthorized();
        const request = await translateStoreErrors(() =>
          store.createRequest({
            requestTypeId: body.requestTypeId, createdBy: creator, fields: body.fields, context: body.context,
            attachmentIds: body.attachments, attachmentOwner: callerScope(user?.id ?? null, ip), idempotencyRef,
          }, locale),
        );
        deps.notifier.requestCreated(creator, request);
        // A visitor has no way back to the request except by registering, as the vendor's portal does it; within the
        // registrations' own limit per address, as anyone may type any address.
        if (!user && (await deps.limits.registrationsByEmail.take(creator.email.toLowerCase())) === 0) {
          await deps.notifier.registration(creator.email, creator.name, locale);
        }
        return { status: 201, body: request };
      });
    })
    .post('/requests/:key/comments', authenticate(deps, 'required'), limitWrites(deps), async (c) => {
      const user = currentUser(c);
      const raw = await readJson(c);
      return idempotent(c, store.idempotency, callerScope(user.id, clientIp(c)), raw, async (idempotencyRef) => {
        const comment = validateComment(raw);
        const activity = await translateStoreErrors(() =>
          store.addComment(c.req.param('key'), user, {
            body: comment.body, attachmentIds: comment.attachments, attachmentOwner: callerScope(user.id, clientIp(c)), idempotencyRef,
          }, c.get('locale')),
        );
        if (!activity) throw problems.notFound('No request with this key.');
        return { status: 201, body: activity };
      });
    });
}
