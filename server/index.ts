/** What the demo, the browser tests and the bench use to run the reference portal in-process. */
export { startPortal, type PortalHandle, type StartPortalOptions } from './portal.js';
export { signToken, type PortalTokenClaims } from './auth/tokens.js';
export { DEMO_AGENT_KEY, DEMO_JWT_SECRET, loadConfig, type PortalConfig, type RateLimitConfig } from './config.js';
export { createApp } from './http/app.js';
export { createMemoryRateLimitStore } from './http/rate-limit.js';
export type { RateLimitRule, RateLimitStore } from './store/portal-store.js';
export { SEED_ORGANIZATIONS, SEED_USERS, SUPPORT_AGENT_NAME } from './seed/index.js';
