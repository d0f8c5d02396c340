import type { HttpBindings } from '@hono/node-server';
import type { Locale } from '../../src/api/contract.js';
import type { AttachmentFiles } from '../attachments/files.js';
import type { TokenVerifier } from '../auth/tokens.js';
import type { PortalConfig } from '../config.js';
import type { FeedbackLearner } from '../feedback/learner.js';
import type { KnowledgeBase } from '../kb/catalog.js';
import type { Notifier } from '../mail/notifier.js';
import type { PortalStore, UserRecord } from '../store/portal-store.js';
import type { RateLimiters } from './rate-limit.js';

export type AppEnv = {
  /** The portal runs on Node only (`@hono/node-server`). */
  Bindings: HttpBindings;
  Variables: {
    locale: Locale;
    /** Null on public endpoints called without a token. */
    user: UserRecord | null;
  };
};

export interface AppDeps {
  config: PortalConfig;
  store: PortalStore;
  notifier: Notifier;
  /** With each article's learned keywords in its index. */
  articles: KnowledgeBase;
  feedback: FeedbackLearner;
  verifyToken: TokenVerifier;
  limits: RateLimiters;
  files: AttachmentFiles;
  log: (line: string) => void;
}
