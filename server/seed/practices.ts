import type { SeedOrganization, SeedUser } from './types.js';

export const SEED_ORGANIZATIONS = {
  berger: { id: 'org-berger', name: 'Praxis Dr. Berger' },
  see: { id: 'org-see', name: 'Physiotherapie am See' },
} as const satisfies Record<string, SeedOrganization>;

/** Stable demo identities; the demo backend signs tokens for exactly these. */
export const SEED_USERS = {
  anna: { id: 'u-berger-anna', orgId: 'org-berger', email: 'anna.berger@praxis-berger.example', name: 'Dr. Anna Berger', locale: 'de' },
  markus: { id: 'u-berger-markus', orgId: 'org-berger', email: 'markus.klein@praxis-berger.example', name: 'Markus Klein', locale: 'de' },
  sofia: { id: 'u-berger-sofia', orgId: 'org-berger', email: 'sofia.yilmaz@praxis-berger.example', name: 'Sofia Yilmaz', locale: 'en' },
  lena: { id: 'u-see-lena', orgId: 'org-see', email: 'lena.hoffmann@physio-am-see.example', name: 'Lena Hoffmann', locale: 'de' },
  jonas: { id: 'u-see-jonas', orgId: 'org-see', email: 'jonas.weber@physio-am-see.example', name: 'Jonas Weber', locale: 'de' },
} as const satisfies Record<string, SeedUser>;

export const SUPPORT_AGENT_NAME = 'medondo Support';
