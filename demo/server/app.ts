import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { API_BASE_PATH } from '../../src/api/contract.js';
import { AGENT_PREFIX, type AgentBackend } from './agent-proxy.js';
import { sendJson, sendProblem, sendText } from './http.js';
import { createRegistrationCheckHandler, createRegistrationHandler, createTokenHandler, listUsers } from './identity.js';
import { createOutboxHandler } from './outbox.js';
import { proxyToPortal } from './portal-proxy.js';
import { createAssets, createDist, sendFile } from './static.js';

export interface DemoServerOptions {
  root: string;
  port: number;
  host: string;
  portalPort: number;
  jwtSecret: string;
  /** Behind the support console: the portal's agent API, or the demo acting as a JSM agent. */
  agent: AgentBackend;
  outboxDir: string;
  log: (line: string) => void;
}

const PAGES: Record<string, string> = {
  '/': 'host/index.html',
  '/agent': 'agent/index.html',
  '/outbox': 'outbox/index.html',
};

/**
 * One origin for everything: the host app, the support console, the outbox, the widget files, the demo backend
 * (tokens, mails, agent calls) and the portal API, which is proxied to the in-process portal.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<Server> {
  const demoDir = join(options.root, 'demo');
  const assets = createAssets(demoDir);
  const dist = createDist(join(options.root, 'dist'));
  const token = createTokenHandler(options.jwtSecret);
  const register = createRegistrationHandler(options.jwtSecret);
  const checkRegistration = createRegistrationCheckHandler(options.jwtSecret);
  const outbox = createOutboxHandler(options.outboxDir);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const path = url.pathname;
    try {
      if (path === API_BASE_PATH || path.startsWith(`${API_BASE_PATH}/`)) return proxyToPortal(options.portalPort, req, res, `${path}${url.search}`);
      if (path === `${AGENT_PREFIX}features` && req.method === 'GET') return sendJson(res, 200, options.agent.features);
      if (path.startsWith(AGENT_PREFIX)) return await options.agent.handle(req, res, path.slice(AGENT_PREFIX.length), url);
      if (path === '/demo/registrations' && req.method === 'POST') return await register(req, res);
      if (path === '/demo/registrations/check' && req.method === 'POST') return await checkRegistration(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendProblem(res, 405, 'Method Not Allowed');
      const page = PAGES[path.replace(/\/$/, '') || '/'];
      if (page) return await sendFile(res, join(demoDir, page));
      if (path === '/health') return sendText(res, 200, 'ok');
      if (path === '/demo/users') return listUsers(req, res);
      if (path === '/demo/token') return await token(req, res, url);
      if (path === '/demo/mails') return await outbox(req, res);
      if (path.startsWith('/assets/') && (await assets(res, path.slice('/assets/'.length)))) return;
      if (path.startsWith('/dist/') && (await dist(res, path.slice('/dist/'.length)))) return;
      sendProblem(res, 404, 'Not Found');
    } catch (error) {
      options.log(`demo: ${req.method} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) res.destroy();
      else sendProblem(res, 500, 'Demo server error', error instanceof Error ? error.message : String(error));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}
