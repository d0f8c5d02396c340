import { Hono } from 'hono';
import { isLocale } from '../../domain/locale.js';
import type { AppDeps, AppEnv } from '../env.js';
import { jsonWithEtag, type Caching } from '../etag.js';
import { authenticate } from '../middleware/auth.js';
import { vary } from '../middleware/cors.js';
import { problems } from '../problem.js';

const INDEX: Caching = { cacheControl: 'no-cache' };
const ARTICLE: Caching = { cacheControl: 'no-cache', vary: vary('Accept-Language') };

/** Public help content: the vendor's articles are public anyway, and visitors need the search too. */
export function articleRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/articles', authenticate(deps, 'optional'), (c) => {
      const wanted = c.req.query('locale');
      if (wanted !== undefined && wanted !== '' && !isLocale(wanted)) {
        throw problems.validation([{ field: 'locale', message: 'must be de or en' }]);
      }
      const index = deps.articles.index(isLocale(wanted) ? wanted : null);
      return jsonWithEtag(c, index.body, INDEX, index.etag);
    })
    .get('/articles/:id', authenticate(deps, 'optional'), (c) => {
      const wanted = c.req.query('locale');
      const article = deps.articles.find(c.req.param('id'), isLocale(wanted) ? wanted : c.get('locale'));
      if (!article) throw problems.notFound('No article with this id.');
      return jsonWithEtag(c, JSON.stringify(article), ARTICLE);
    });
}
