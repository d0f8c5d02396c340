import path from 'node:path';
import { loadJsmConfig, type JsmConfig } from './store/jsm/config.js';

export const DEMO_JWT_SECRET = 'medsupport-demo-jwt-secret-do-not-use-in-production';
export const DEMO_AGENT_KEY = 'medsupport-demo-agent-key';

export interface RateLimitConfig {
  /** Writes (POST/PATCH) per identified user per minute. */
  userWritesPerMinute: number;
  /** Writes per client IP per minute, across all users behind that address. */
  ipWritesPerMinute: number;
  /** Visitor requests (no token) per IP per hour. */
  anonymousRequestsPerHour: number;
  /** Registration attempts per IP per hour; each address also gets at most this many mails per hour. */
  registrationsPerHour: number;
  /** Article feedback (`POST /articles/:id/feedback`) per user, or per IP for visitors, per 10 minutes. */
  feedbackPer10Minutes: number;
  /**
   * JSM backend only: reads of requests and their files per user, and per practice, per minute. Every practice draws
   * on one service account's burst budget at JSM (FACTS §10), which one user's flood must not use up.
   */
  userReadsPerMinute: number;
  practiceReadsPerMinute: number;
}

export interface PortalConfig {
  /** Where requests live: the embedded SQLite store, or a Jira Service Management desk (docs/jsm.md). */
  backend: 'sqlite' | 'jsm';
  /** Set when `backend` is `jsm`. */
  jsm: JsmConfig | null;
  port: number;
  host: string;
  dbPath: string;
  jwtSecret: string;
  agentKey: string;
  articlesDir: string;
  /** Exact origins allowed for CORS; `['*']` allows any origin (safe-ish only because auth is a bearer token, not a cookie). */
  allowedOrigins: string[];
  appUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  outboxDir: string;
  allowAnonymous: boolean;
  attachmentsDir: string;
  seed: boolean;
  production: boolean;
  rateLimits: RateLimitConfig;
  /** Distinct practices that must report a word for an article before it becomes a learned keyword. */
  learnMinPractices: number;
  /** Key of the feedback's practice marks; null: generated once and kept in the database. */
  feedbackSecret: string | null;
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  userWritesPerMinute: 60,
  ipWritesPerMinute: 300,
  anonymousRequestsPerHour: 10,
  registrationsPerHour: 5,
  feedbackPer10Minutes: 30,
  userReadsPerMinute: 300,
  practiceReadsPerMinute: 1200,
};

function list(value: string | undefined): string[] | null {
  if (value === undefined || value.trim() === '') return null;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function flag(value: string | undefined): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 8787;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be an integer 0–65535, got "${value}"`);
  return n;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

function backend(value: string | undefined): PortalConfig['backend'] {
  if (value === undefined || value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'jsm') return 'jsm';
  throw new Error(`PORTAL_BACKEND must be "sqlite" or "jsm", got "${value}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const production = env.NODE_ENV === 'production';
  const store = backend(env.PORTAL_BACKEND);
  return {
    backend: store,
    jsm: store === 'jsm' ? loadJsmConfig(env) : null,
    port: port(env.PORT),
    host: env.PORTAL_HOST || '127.0.0.1',
    dbPath: env.PORTAL_DB || path.join('.data', 'portal.sqlite'),
    jwtSecret: env.PORTAL_JWT_SECRET || DEMO_JWT_SECRET,
    agentKey: env.PORTAL_AGENT_KEY || DEMO_AGENT_KEY,
    articlesDir: env.PORTAL_ARTICLES_DIR || path.join('server', 'articles'),
    allowedOrigins: list(env.PORTAL_ALLOWED_ORIGINS) ?? (production ? [] : ['*']),
    appUrl: env.PORTAL_APP_URL || 'http://localhost:5173/',
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.PORTAL_MAIL_FROM || 'medondo Support <support@medondo.example>',
    outboxDir: env.PORTAL_OUTBOX_DIR || path.join('.data', 'outbox'),
    allowAnonymous: flag(env.PORTAL_ALLOW_ANONYMOUS),
    attachmentsDir: env.PORTAL_ATTACHMENTS_DIR || path.join('.data', 'attachments'),
    seed: env.PORTAL_SEED !== '0',
    production,
    rateLimits: { ...DEFAULT_RATE_LIMITS },
    learnMinPractices: positiveInteger('PORTAL_LEARN_MIN_PRACTICES', env.PORTAL_LEARN_MIN_PRACTICES, 5),
    feedbackSecret: env.PORTAL_FEEDBACK_SECRET || null,
  };
}

/** Throws when the configuration must not be used; returns warnings worth a log line otherwise. */
export function checkConfig(config: PortalConfig): string[] {
  if (config.production) {
    if (config.jwtSecret === DEMO_JWT_SECRET) throw new Error('Refusing to start: PORTAL_JWT_SECRET is the demo secret and NODE_ENV=production');
    if (config.agentKey === DEMO_AGENT_KEY) throw new Error('Refusing to start: PORTAL_AGENT_KEY is the demo key and NODE_ENV=production');
  }
  if (config.jwtSecret.length < 32) throw new Error('PORTAL_JWT_SECRET must be at least 32 characters (HS256 needs a 256-bit key)');
  const warnings: string[] = [];
  if (config.jwtSecret === DEMO_JWT_SECRET) warnings.push('using the DEMO JWT secret (set PORTAL_JWT_SECRET)');
  if (config.agentKey === DEMO_AGENT_KEY) warnings.push(`using the DEMO agent key "${DEMO_AGENT_KEY}" (set PORTAL_AGENT_KEY)`);
  if (config.allowedOrigins.includes('*')) warnings.push('CORS allows any origin (set PORTAL_ALLOWED_ORIGINS)');
  if (!config.smtpUrl) warnings.push(`no SMTP_URL: mails are written as .eml files to ${config.outboxDir}`);
  if (config.allowAnonymous) warnings.push('visitors without a token may create requests (PORTAL_ALLOW_ANONYMOUS=1)');
  return warnings;
}
