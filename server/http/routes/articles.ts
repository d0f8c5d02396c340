import { Hono } from 'hono';
import { isLocale } from '../../domain/locale.js';
import { clientIp } from '../client-ip.js';
import type { AppDeps, AppEnv } from '../env.js';
import { jsonWithEtag, type Caching } from '../etag.js';
import { readJson } from '../json-body.js';
import { authenticate } from '../middleware/auth.js';
import { vary } from '../middleware/cors.js';
import { limitWrites } from '../middleware/write-limits.js';
import { problems } from '../problem.js';
import { enforce } from '../rate-limit.js';
import { validateFeedback } from '../validation/simple-bodies.js';

const INDEX: Caching = { cacheControl: 'no-cache' };
const ARTICLE: Caching = { cacheControl: 'no-cache', vary: vary('Accept-Language') };
const SYNONYMS: Caching = { cacheControl: 'no-cache' };

/** Public help content: the vendor's articles are public anyway, and visitors need the search too. */
export function articleRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/articles', authenticate(deps, 'optional', false), (c) => {
      const wanted = c.req.query('locale');
      if (wanted !== undefined && wanted !== '' && !isLocale(wanted)) {
        throw problems.validation([{ field: 'locale', message: 'must be de or en' }]);
      }
      const index = deps.articles.index(isLocale(wanted) ? wanted : null);
      return jsonWithEtag(c, index.body, INDEX, index.etag);
    })
    .get('/articles/:id', authenticate(deps, 'optional', false), (c) => {
      const wanted = c.req.query('locale');
      const article = deps.articles.find(c.req.param('id'), isLocale(wanted) ? wanted : c.get('locale'));
      if (!article) throw problems.notFound('No article with this id.');
      return jsonWithEtag(c, JSON.stringify(article), ARTICLE);
    })
    // An article helped (issue 15): the query's words count towards its learned keywords, once per practice. A
    // visitor's feedback (no practice) is accepted and not counted, so the widget needs no special case.
    .post('/articles/:id/feedback', authenticate(deps, 'optional', false), limitWrites(deps), async (c) => {
      const user = c.get('user');
      await enforce(deps.limits.feedback, user ? `user:${user.id}` : `ip:${clientIp(c)}`);
      const { terms } = validateFeedback(await readJson(c));
      const id = c.req.param('id');
      if (!deps.articles.find(id, 'de')) throw problems.notFound('No article with this id.');
      if (user?.orgId) deps.feedback.record(id, user.orgId, terms);
      return c.body(null, 204);
    })
    .get('/synonyms', authenticate(deps, 'optional', false), (c) => {
      const table = deps.articles.synonyms();
      return jsonWithEtag(c, table.body, SYNONYMS, table.etag);
    });
}
