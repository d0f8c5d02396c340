import { SEED_ORGANIZATIONS, SEED_USERS } from './practices.js';
import { SEED_REQUESTS } from './requests.js';
import type { SeedData } from './types.js';

export { REQUEST_TYPES } from './request-types.js';
export { SEED_ORGANIZATIONS, SEED_USERS, SUPPORT_AGENT_NAME } from './practices.js';

export const DEMO_SEED: SeedData = {
  organizations: Object.values(SEED_ORGANIZATIONS),
  users: Object.values(SEED_USERS),
  requests: SEED_REQUESTS,
};
