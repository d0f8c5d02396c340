import { Hono } from 'hono';
import { clientIp } from '../client-ip.js';
import type { AppDeps, AppEnv } from '../env.js';
import { jsonWithEtag } from '../etag.js';
import { idempotent } from '../idempotency.js';
import { readJson } from '../json-body.js';
import { authenticate } from '../middleware/auth.js';
import { limitWrites } from '../middleware/write-limits.js';
import { problems } from '../problem.js';
import { translateStoreErrors } from '../store-errors.js';
import { parseListQuery } from '../validation/list-query.js';
import { validateCreateRequest } from '../validation/request-body.js';
import { validateComment } from '../validation/simple-bodies.js';

/** Who may attach an upload: the user who made it, or for visitors the address it came from. */
export const attachmentOwner = (userId: string | null, ip: string) => (userId ? `user:${userId}` : `ip:${ip}`);

export function requestRoutes(deps: AppDeps) {
  const { store } = deps;
  const privateJson = { 'Cache-Control': 'private, no-cache', Vary: 'Authorization, Accept-Language' };

  return new Hono<AppEnv>()
    .get('/requests', authenticate(deps, 'required'), async (c) => {
      const user = c.get('user')!;
      const locale = c.get('locale');
      const query = parseListQuery(c.req.query());
      if (query.requestTypeId !== undefined) {
        const type = await store.getRequestType(query.requestTypeId, locale);
        if (!type) throw problems.validation([{ field: 'requestType', message: 'unknown request type' }]);
        query.requestTypeId = type.id;
      }
      const list = await translateStoreErrors(() => store.listRequests({ ...query, userId: user.id, orgId: user.orgId! }, locale));
      for (const [name, value] of Object.entries(privateJson)) c.header(name, value);
      return jsonWithEtag(c, JSON.stringify(list));
    })
    .get('/requests/creators', authenticate(deps, 'required'), async (c) => {
      for (const [name, value] of Object.entries(privateJson)) c.header(name, value);
      return jsonWithEtag(c, JSON.stringify({ items: await store.listCreators(c.get('user')!.orgId!) }));
    })
    .get('/requests/:key', authenticate(deps, 'required'), async (c) => {
      const request = await store.getRequest(c.req.param('key'), c.get('user')!.orgId!, c.get('locale'));
      if (!request) throw problems.notFound('No request with this key.');
      for (const [name, value] of Object.entries(privateJson)) c.header(name, value);
      return jsonWithEtag(c, JSON.stringify(request));
    })
    .post('/requests', authenticate(deps, deps.config.allowAnonymous ? 'optional' : 'required'), limitWrites(deps, deps.limits.anonymous), async (c) => {
      const user = c.get('user');
      const locale = c.get('locale');
      const ip = clientIp(c);
      const raw = await readJson(c);
      return idempotent(c, store.idempotency, attachmentOwner(user?.id ?? null, ip), raw, async () => {
        const body = await validateCreateRequest(raw, (id) => store.getRequestType(id, locale), user === null);
        const creator = user ?? (await store.upsertVisitor(body.visitor!.email, body.visitor!.name, locale));
        const request = await translateStoreErrors(() =>
          store.createRequest({
            requestTypeId: body.requestTypeId, createdBy: creator, fields: body.fields, context: body.context,
            attachmentIds: body.attachments, attachmentOwner: attachmentOwner(user?.id ?? null, ip),
          }, locale),
        );
        deps.notifier.requestCreated(creator, request);
        // A visitor has no way back to the request except by registering, as the vendor's portal does it.
        if (!user) await deps.notifier.registration(creator.email, creator.name, locale);
        return { status: 201, body: request };
      });
    })
    .post('/requests/:key/comments', authenticate(deps, 'required'), limitWrites(deps), async (c) => {
      const user = c.get('user')!;
      const raw = await readJson(c);
      return idempotent(c, store.idempotency, attachmentOwner(user.id, clientIp(c)), raw, async () => {
        const comment = validateComment(raw);
        const activity = await translateStoreErrors(() =>
          store.addComment(c.req.param('key'), user, {
            body: comment.body, attachmentIds: comment.attachments, attachmentOwner: attachmentOwner(user.id, clientIp(c)),
          }, c.get('locale')),
        );
        if (!activity) throw problems.notFound('No request with this key.');
        return { status: 201, body: activity };
      });
    });
}
