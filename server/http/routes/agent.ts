import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../env.js';
import { readJson } from '../json-body.js';
import { requireAgent } from '../middleware/auth.js';
import { problems } from '../problem.js';
import { translateStoreErrors } from '../store-errors.js';
import { parseListQuery } from '../validation/list-query.js';
import { validateAgentComment, validateAgentStatus } from '../validation/simple-bodies.js';

/** What the support team's console uses; authenticated by the shared agent key, across all organisations. */
export function agentRoutes(deps: AppDeps) {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  // With JSM the support team works in JSM itself.
  if (store.agentApi === false) app.use('/agent/*', () => Promise.reject(problems.notFound('No such endpoint.')));
  app.use('/agent/*', requireAgent(deps.config.agentKey));

  return app
    .get('/agent/requests', async (c) => {
      const locale = c.get('locale');
      const { organization, ...query } = parseListQuery(c.req.query(), 'all');
      if (query.requestTypeId !== undefined) {
        const type = await store.getRequestType(query.requestTypeId, locale);
        if (!type) throw problems.validation([{ field: 'requestType', message: 'unknown request type' }]);
        query.requestTypeId = type.id;
      }
      const list = await translateStoreErrors(() =>
        store.agentListRequests({ ...query, ...(organization === undefined ? {} : { orgId: organization }) }, locale),
      );
      c.header('Cache-Control', 'no-store');
      return c.json(list);
    })
    .get('/agent/requests/:key', async (c) => {
      const request = await store.agentGetRequest(c.req.param('key'), c.get('locale'));
      if (!request) throw problems.notFound('No request with this key.');
      c.header('Cache-Control', 'no-store');
      return c.json(request);
    })
    .post('/agent/requests/:key/comments', async (c) => {
      const { body, author } = validateAgentComment(await readJson(c));
      const result = await store.agentComment(c.req.param('key'), author, body, c.get('locale'));
      if (!result) throw problems.notFound('No request with this key.');
      const requester = await store.getUser(result.request.requester.id);
      if (requester) deps.notifier.agentReplied(requester, result.request, body);
      return c.json(result.activity, 201);
    })
    .post('/agent/requests/:key/status', async (c) => {
      const { status, author } = validateAgentStatus(await readJson(c));
      const request = await store.agentSetStatus(c.req.param('key'), status, author, c.get('locale'));
      if (!request) throw problems.notFound('No request with this key.');
      return c.json(request);
    });
}
