import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { API_BASE_PATH, LIMITS } from '../../src/api/contract.js';
import { createAttachmentFiles } from '../attachments/files.js';
import { createTokenVerifier } from '../auth/tokens.js';
import type { PortalConfig } from '../config.js';
import { withLearnedKeywords } from '../feedback/learned-index.js';
import { createFeedbackLearner, type FeedbackLearner } from '../feedback/learner.js';
import type { KnowledgeBase } from '../kb/catalog.js';
import type { Notifier } from '../mail/notifier.js';
import type { PortalStore, RateLimitStore } from '../store/portal-store.js';
import type { AppDeps, AppEnv } from './env.js';
import { limitBody } from './middleware/body-limit.js';
import { portalCors } from './middleware/cors.js';
import { assertJsonBody } from './middleware/json-content-type.js';
import { requestContext } from './middleware/request-context.js';
import { requestLog } from './middleware/request-log.js';
import { ProblemError, problems } from './problem.js';
import { BackendPermissionError, BackendUnavailableError } from '../store/backend-errors.js';
import { backendProblem } from './store-errors.js';
import { createRateLimiters } from './rate-limit.js';
import { agentRoutes } from './routes/agent.js';
import { articleRoutes } from './routes/articles.js';
import { attachmentRoutes } from './routes/attachments.js';
import { hookRoutes } from './routes/hooks.js';
import { meRoutes } from './routes/me.js';
import { registrationRoutes } from './routes/registrations.js';
import { requestTypeRoutes } from './routes/request-types.js';
import { requestRoutes } from './routes/requests.js';

/** How long `/readyz` names the backend's last refusal of a permission. */
const REFUSAL_SHOWN_MS = 15 * 60_000;

export interface AppOptions {
  articles: KnowledgeBase;
  log: (line: string) => void;
  /** Where the rate limits count; this process's memory unless given. */
  rateLimitStore?: RateLimitStore;
  /** Learns keywords from article feedback; unless given, in this process's memory with a key of its own. */
  feedback?: FeedbackLearner;
}

/** Room for the multipart envelope around a maximum-size file. */
const MULTIPART_OVERHEAD = 64 * 1024;
/** Jira's webhook payloads carry the whole issue. */
const HOOK_MAX_BYTES = 2 * 1024 * 1024;

export function createApp(config: PortalConfig, store: PortalStore, mailer: Notifier, options: AppOptions): Hono<AppEnv> {
  const verifier = createTokenVerifier(config.jwtSecret);
  const feedback = options.feedback ?? createFeedbackLearner({ minPractices: config.learnMinPractices, secret: randomBytes(32).toString('base64url') });
  const deps: AppDeps = {
    config,
    store,
    notifier: mailer,
    articles: withLearnedKeywords(options.articles, feedback),
    feedback,
    verifyToken: async (token) => (await verifier)(token),
    limits: createRateLimiters(config.rateLimits, options.rateLimitStore),
    files: createAttachmentFiles(config.attachmentsDir),
    log: options.log,
  };

  const app = new Hono<AppEnv>();
  app.use('*', requestLog(options.log));
  app.use('*', portalCors(config.allowedOrigins));
  app.use('*', requestContext());
  const { withinRequest } = store;
  if (withinRequest) app.use(`${API_BASE_PATH}/*`, (_c, next) => withinRequest.call(store, next));
  const jsonLimit = limitBody(LIMITS.bodyMaxBytes);
  const uploadLimit = limitBody(LIMITS.attachmentMaxBytes + MULTIPART_OVERHEAD);
  const hookLimit = limitBody(HOOK_MAX_BYTES);
  app.use(`${API_BASE_PATH}/*`, (c, next) => {
    // GET, HEAD and OPTIONS bodies are never read. Asking for the body builds a full fetch Request from Node's message,
    // which cost about a fifth of a list request's CPU in the load test.
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    if (c.req.path === `${API_BASE_PATH}/attachments`) return uploadLimit(c, next);
    // Jira's and automation rules' deliveries prove themselves by their secret, not by a preflight, and a rule's empty
    // body may come without a Content-Type (FACTS §8): the route checks the secret first and reads any body as JSON.
    if (c.req.path === `${API_BASE_PATH}/hooks/jira`) return hookLimit(c, next);
    // Every other write (the API has POST and PATCH) is JSON: the content type is checked before the size, so neither
    // reads the body. Other methods have no endpoint and stay a 404.
    if (c.req.method === 'POST' || c.req.method === 'PATCH' || c.req.method === 'PUT') assertJsonBody(c);
    return jsonLimit(c, next);
  });

  const api = new Hono<AppEnv>()
    .route('/', requestTypeRoutes(deps))
    .route('/', articleRoutes(deps))
    .route('/', requestRoutes(deps))
    .route('/', meRoutes(deps))
    .route('/', registrationRoutes(deps))
    .route('/', attachmentRoutes(deps))
    .route('/', agentRoutes(deps))
    .route('/', hookRoutes(deps));
  app.route(API_BASE_PATH, api);
  app.get('/healthz', (c) => c.json({ ok: true }));
  // A permission the backend refused lately: the portal still serves what it can, but no retry helps until an admin
  // acts, so the readiness check tells an operator (ready, with a warning: taking the portal out would help nobody).
  let refusal: { at: number; permission: string } | null = null;
  // For a load balancer or an operator: whether the backend can serve, as far as the portal knows without asking it.
  app.get('/readyz', (c) => {
    const reason = store.notReady?.() ?? null;
    if (reason !== null) return c.json({ ok: false, reason }, 503);
    const recent = refusal !== null && Date.now() - refusal.at < REFUSAL_SHOWN_MS ? refusal : null;
    return c.json(recent ? { ok: true, warning: `the backend refused the service account at ${new Date(recent.at).toISOString()}: ${recent.permission}` } : { ok: true });
  });

  app.notFound(() => problems.notFound('No such endpoint.').toResponse());
  app.onError((error) => {
    if (error instanceof ProblemError) return error.toResponse();
    const backend = backendProblem(error);
    if (error instanceof BackendPermissionError) refusal = { at: Date.now(), permission: error.permission };
    else if (error instanceof BackendUnavailableError && error.refused) refusal = { at: Date.now(), permission: error.reason };
    if (backend) {
      if (backend.status >= 500) options.log(`backend: ${error instanceof Error ? error.message : String(error)}`);
      return backend.toResponse();
    }
    options.log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return problems.internal().toResponse();
  });
  return app;
}
