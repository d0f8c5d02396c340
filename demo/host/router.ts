import { appointmentsPage } from './pages/appointments.js';
import { billingPage } from './pages/billing.js';
import type { Page } from './pages/page.js';
import { patientsPage } from './pages/patients.js';
import { settingsPage } from './pages/settings.js';

export const PAGES: Page[] = [appointmentsPage, patientsPage, billingPage, settingsPage];

export interface Route {
  page: Page;
  sub: string | undefined;
}

/** `#/einstellungen/behandler` → the settings page with `behandler`; anything unknown → Termine. */
export function currentRoute(): Route {
  const [path, sub] = location.hash.replace(/^#\/?/, '').split('/');
  return { page: PAGES.find((p) => p.path === path) ?? PAGES[0]!, sub };
}
