import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { API_BASE_PATH } from '../src/api/contract.js';
import { createAttachmentFiles, type AttachmentFiles } from './attachments/files.js';
import { checkConfig, loadConfig, type PortalConfig, type RateLimitConfig } from './config.js';
import { createFeedbackLearner } from './feedback/learner.js';
import { createSqliteFeedbackStore, feedbackSecret } from './feedback/sqlite-store.js';
import { createApp } from './http/app.js';
import { createArticleCatalog, type KnowledgeBase } from './kb/catalog.js';
import { createConfluenceCatalog } from './kb/confluence/catalog.js';
import { loadArticles } from './kb/loader.js';
import { loadSynonyms } from './kb/synonyms.js';
import { lineWriter } from './log-lines.js';
import { createNotifier } from './mail/notifier.js';
import { outboxTransport, smtpTransport } from './mail/transport.js';
import { sweepExpired } from './maintenance.js';
import { DEMO_SEED, REQUEST_TYPES } from './seed/index.js';
import type { PortalStore, RateLimitStore } from './store/portal-store.js';
import { createJsmStore } from './store/jsm/index.js';
import { openDatabase } from './store/sqlite/database.js';
import { createSqliteStore } from './store/sqlite/index.js';

export interface StartPortalOptions extends Partial<Omit<PortalConfig, 'rateLimits'>> {
  rateLimits?: Partial<RateLimitConfig>;
  /**
   * Where the rate limits count. Defaults to this process's memory, so every portal process has its own limits;
   * give instances that serve one address a store they share.
   */
  rateLimitStore?: RateLimitStore;
  /** Where log lines go; defaults to stdout. */
  log?: (line: string) => void;
  /** Environment to read defaults from; defaults to process.env. Explicit options win. */
  env?: NodeJS.ProcessEnv;
}

export interface PortalHandle {
  /** e.g. http://127.0.0.1:54321 */
  url: string;
  /** `url` + /api/portal/v1 */
  apiUrl: string;
  port: number;
  config: PortalConfig;
  store: PortalStore;
  /** Resolves when every mail queued so far is sent or written to the outbox. */
  flushMail(): Promise<void>;
  close(): Promise<void>;
}

const HOUR = 3_600_000;

function resolveConfig(options: StartPortalOptions): PortalConfig {
  const { rateLimits, log: _log, env, rateLimitStore: _rateLimitStore, ...overrides } = options;
  const base = loadConfig(env ?? process.env);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...base, ...defined, rateLimits: { ...base.rateLimits, ...rateLimits } };
}

/** The configured backend: SQLite, migrated and seeded once, or the JSM gateway, checked against JSM first. */
async function openStore(config: PortalConfig, files: AttachmentFiles, log: (line: string) => void): Promise<PortalStore> {
  if (config.backend === 'jsm') {
    if (!config.jsm) throw new Error('PORTAL_BACKEND=jsm needs the JSM_* settings');
    return createJsmStore(config.jsm, { dbPath: config.dbPath, files, log });
  }
  const store = createSqliteStore(config.dbPath);
  await store.ensureRequestTypes(REQUEST_TYPES);
  if (config.seed && (await store.seedDemoData(DEMO_SEED))) log(`seed: wrote demo practices, users and requests to ${config.dbPath}`);
  return store;
}

/** Starts the reference portal: opens and migrates the database, seeds it once, loads articles, listens. */
export async function startPortal(options: StartPortalOptions = {}): Promise<PortalHandle> {
  const log = options.log ?? lineWriter(process.stdout);
  const config = resolveConfig(options);
  for (const warning of checkConfig(config)) log(`config: ${warning}`);

  const files = createAttachmentFiles(config.attachmentsDir);
  const store = await openStore(config, files, log);
  const articles: KnowledgeBase = config.jsm?.kbSpace
    ? await createConfluenceCatalog({ jsm: config.jsm, dbPath: config.dbPath, articlesDir: config.articlesDir, log })
    : createArticleCatalog(await loadArticles(config.articlesDir, log), await loadSynonyms(config.articlesDir, log));
  // Learned keywords live in the portal's own database in both backends (on JSM: the gateway's state store).
  const feedbackDb = openDatabase(config.dbPath);
  const key = feedbackSecret(feedbackDb, config.feedbackSecret);
  if (key.reset) log('feedback: the key of the practice marks changed; pending feedback counts start again');
  const feedback = createFeedbackLearner({ minPractices: config.learnMinPractices, secret: key.secret, store: createSqliteFeedbackStore(feedbackDb) });
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : outboxTransport(config.outboxDir, config.mailFrom);
  const notifier = createNotifier(transport, { appUrl: config.appUrl, jwtSecret: config.jwtSecret, log });
  const app = createApp(config, store, notifier, { articles, feedback, log, ...(options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {}) });

  const sweep = () =>
    sweepExpired(store.attachments, store.idempotency, files).catch((error: unknown) => log(`maintenance: ${String(error)}`));
  await sweep();
  const timer = setInterval(sweep, HOUR);
  timer.unref();

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const instance = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(instance));
    instance.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log(`portal: listening on ${url}${API_BASE_PATH} (${config.backend === 'jsm' ? 'JSM backend, state' : 'db'} ${config.dbPath}, ${articles.size} articles)`);

  let closed: Promise<void> | null = null;
  return {
    url,
    apiUrl: `${url}${API_BASE_PATH}`,
    port,
    config,
    store,
    flushMail: () => notifier.flush(),
    close() {
      closed ??= (async () => {
        clearInterval(timer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await notifier.flush();
        articles.close?.();
        feedbackDb.close();
        store.close();
      })();
      return closed;
    },
  };
}
