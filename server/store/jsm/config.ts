/** The gateway's settings from the environment (issue "JSM backend"; documented in docs/jsm.md). */
export interface JsmConfig {
  siteUrl: string;
  email: string;
  apiToken: string;
  /** Id or project key, as the operator wrote it; resolved to the id at start-up. */
  serviceDesk: string;
  /** Portal key → JSM request type id, in portal order. */
  requestTypes: { key: string; jsmId: string }[];
  /** How long request types are served before JSM is asked again. */
  requestTypeTtlMs: number;
  /**
   * How long after a create whose answer was lost the gateway keeps answering "in progress" while JQL (eventually
   * consistent) does not show the request, before it concludes JSM never committed it.
   */
  consistencyWindowMs: number;
  /** Shared secret of the Jira webhook (`X-Hub-Signature`); null: no webhook route. */
  webhookSecret: string | null;
  /** Background poll for changes in JSM; 0 turns it off. */
  pollIntervalMs: number;
  /** How long after a change lists are read again, for search to catch up. */
  searchSettleMs: number;
  /** JSM_KB_SPACE: the Confluence space served as the knowledge base; unset, the Markdown folder is. */
  kbSpace?: string;
  /** JSM_CONFLUENCE_URL, default `<siteUrl>/wiki` (`…/ex/confluence/<cloudId>/wiki` for a scoped token's site URL): where `/api/v2` of that space's Confluence lives. */
  confluenceUrl?: string;
  /** JSM_KB_REFRESH_MS, default 10 minutes: background refresh of the Confluence index; 0 turns it off. */
  kbRefreshMs?: number;
}

const KEY = /^[a-z][a-z0-9-]{0,39}$/;
const ATLASSIAN_HOST = /(^|\.)(atlassian\.net|atlassian\.com|jira\.com)$/i;
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

// Atlassian answers only on https, so plain http there is a typo that would send the token in clear text first. Any
// other host may be a simulator, a test double or a proxy inside the operator's network: allowed, with a warning.
const schemeProblems = (name: string, url: URL): string[] =>
  url.protocol !== 'https:' && url.protocol !== 'http:'
    ? [`${name} must use https, got "${url.protocol}"`]
    : url.protocol === 'http:' && ATLASSIAN_HOST.test(url.hostname.replace(/\.$/, ''))
      ? [`${name} must use https: Atlassian's sites answer only on https`]
      : [];

/** What to tell the operator about a JSM setup that starts: plain http to a host other than this machine. */
export function configWarnings(config: JsmConfig): string[] {
  const used = [config.siteUrl, ...(config.kbSpace && config.confluenceUrl ? [config.confluenceUrl] : [])].map((url) => new URL(url));
  const insecure = new Set(used.filter((url) => url.protocol === 'http:' && !LOOPBACK.includes(url.hostname)).map((url) => url.origin));
  return [...insecure].map((origin) => `jsm: ${origin} is plain http: the API token crosses the network unencrypted; use https unless this is a test setup`);
}

/** Reads the JSM_* variables; throws one error listing every missing or wrong value. */
export function loadJsmConfig(env: NodeJS.ProcessEnv): JsmConfig {
  const problems: string[] = [];
  const need = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is required when PORTAL_BACKEND=jsm`);
    return value ?? '';
  };
  const siteUrl = need('JSM_SITE_URL').replace(/\/+$/, '');
  if (siteUrl) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(siteUrl);
    } catch {
      problems.push(`JSM_SITE_URL must be a URL such as https://example.atlassian.net, got "${siteUrl}"`);
    }
    if (parsed) problems.push(...schemeProblems('JSM_SITE_URL', parsed));
  }
  const email = need('JSM_EMAIL');
  const apiToken = need('JSM_API_TOKEN');
  const serviceDesk = need('JSM_SERVICE_DESK');
  if (serviceDesk && !/^(\d+|[A-Z][A-Z0-9_]{0,19})$/.test(serviceDesk)) problems.push(`JSM_SERVICE_DESK must be a desk id or a project key, got "${serviceDesk}"`);

  const requestTypes: JsmConfig['requestTypes'] = [];
  for (const entry of need('JSM_REQUEST_TYPES').split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = /^([^=\s]+)=(\d+)$/.exec(entry);
    if (!match) problems.push(`JSM_REQUEST_TYPES: "${entry}" is not key=id (e.g. bug=10)`);
    else if (!KEY.test(match[1] as string)) problems.push(`JSM_REQUEST_TYPES: "${match[1]}" is not a portal key (a–z, 0–9, -)`);
    else if (requestTypes.some((t) => t.key === match[1] || t.jsmId === match[2])) problems.push(`JSM_REQUEST_TYPES: "${entry}" repeats a key or an id`);
    else requestTypes.push({ key: match[1] as string, jsmId: match[2] as string });
  }

  const ms = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) problems.push(`${name} must be a whole number of milliseconds, got "${value}"`);
    return n;
  };
  const requestTypeTtlMs = ms('JSM_REQUEST_TYPE_TTL_MS', 10 * 60_000);
  const consistencyWindowMs = ms('JSM_CONSISTENCY_WINDOW_MS', 120_000);
  const webhookSecret = env.JSM_WEBHOOK_SECRET?.trim() || null;
  if (webhookSecret !== null && webhookSecret.length < 16) problems.push('JSM_WEBHOOK_SECRET must be at least 16 characters');
  const pollIntervalMs = ms('JSM_POLL_INTERVAL_MS', webhookSecret ? 600_000 : 20_000);
  const searchSettleMs = ms('JSM_SEARCH_SETTLE_MS', 5_000);

  const kbSpace = env.JSM_KB_SPACE?.trim() || undefined;
  if (kbSpace !== undefined && !/^~?[A-Za-z0-9_-]{1,255}$/.test(kbSpace)) problems.push(`JSM_KB_SPACE must be a Confluence space key, got "${kbSpace}"`);
  // A scoped token's Jira base is …/ex/jira/{cloudId}, its Confluence base …/ex/confluence/{cloudId} (FACTS §0, §9).
  const confluenceDefault = `${siteUrl.replace(/\/ex\/jira\/([^/]+)$/, '/ex/confluence/$1')}/wiki`;
  const confluenceUrl = (env.JSM_CONFLUENCE_URL?.trim() || confluenceDefault).replace(/\/+$/, '');
  if (env.JSM_CONFLUENCE_URL?.trim()) {
    try {
      problems.push(...schemeProblems('JSM_CONFLUENCE_URL', new URL(confluenceUrl)));
    } catch {
      problems.push(`JSM_CONFLUENCE_URL must be a URL such as https://example.atlassian.net/wiki, got "${confluenceUrl}"`);
    }
  }
  const kbRefreshMs = ms('JSM_KB_REFRESH_MS', 10 * 60_000);

  if (problems.length > 0) throw new Error(`Refusing to start the JSM backend:\n- ${problems.join('\n- ')}`);
  return { siteUrl, email, apiToken, serviceDesk, requestTypes, requestTypeTtlMs, consistencyWindowMs, webhookSecret, pollIntervalMs, searchSettleMs, kbSpace, confluenceUrl, kbRefreshMs };
}
