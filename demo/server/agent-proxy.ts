import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_BASE_PATH } from '../../src/api/contract.js';
import type { ConsoleFeatures } from '../agent/api.js';
import { sendProblem } from './http.js';
import { forwardable, proxyToPortal } from './portal-proxy.js';

export const AGENT_PREFIX = '/demo/agent/';

/** Whatever answers the console's `/demo/agent/…` calls: the portal's agent API (SQLite) or the demo acting in JSM. */
export interface AgentBackend {
  features: ConsoleFeatures;
  /** `rest`: the path after `/demo/agent/`. */
  handle(req: IncomingMessage, res: ServerResponse, rest: string, url: URL): void | Promise<void>;
}

/** The only agent calls the console makes; anything else is refused before it reaches the portal. */
const ALLOWED: { method: string; path: RegExp }[] = [
  { method: 'GET', path: /^requests$/ },
  { method: 'GET', path: /^requests\/[\w-]+$/ },
  { method: 'POST', path: /^requests\/[\w-]+\/comments$/ },
  { method: 'POST', path: /^requests\/[\w-]+\/status$/ },
];

/**
 * The support console's door to the agent API. The agent key is added here, on the server, so it never appears in
 * any page's JavaScript; whatever Authorization the browser sent is dropped.
 */
export function createAgentProxy(portalPort: number, agentKey: string): AgentBackend {
  return {
    // The agent API has public replies only.
    features: { internalNotes: false },
    handle(req, res, rest, url) {
      if (!ALLOWED.some((rule) => rule.method === req.method && rule.path.test(rest))) {
        return sendProblem(res, 404, 'Not Found', 'The console only lists, reads, comments and changes status.');
      }
      const headers = forwardable(req.headers);
      delete headers.cookie;
      headers.authorization = `Bearer ${agentKey}`;
      proxyToPortal(portalPort, req, res, `${API_BASE_PATH}/agent/${rest}${url.search}`, headers);
    },
  };
}
