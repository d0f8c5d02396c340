import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * A request header as Node parsed it. Hono's `c.req.header()` first copies all of them into a fetch `Headers`,
 * which validates every name and value again: a measurable share of a list request's CPU in the load test.
 * Node joins repeated headers with ", " as `Headers` would, except that it keeps only the first Authorization.
 */
export function requestHeader(c: Context<AppEnv>, name: Lowercase<string>): string | undefined {
  return c.env.incoming.headers[name] as string | undefined;
}
