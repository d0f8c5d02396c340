import type { Locale } from '../api/contract';

/**
 * The few texts the loader shows before the panel code is there; part of each language's catalogue. The unread
 * count's text is not among them: only the panel finds unread replies, so it names them for the launcher.
 */
export const launcherStrings = {
  de: {
    'launcher.open': 'Hilfe und Support öffnen',
    'launcher.close': 'Hilfe und Support schließen',
    'launcher.loading': 'Hilfe wird geladen …',
    'launcher.failed': 'Hilfe konnte nicht geladen werden. Erneut versuchen',
  },
  en: {
    'launcher.open': 'Open help and support',
    'launcher.close': 'Close help and support',
    'launcher.loading': 'Loading help …',
    'launcher.failed': 'Help could not be loaded. Try again',
  },
} satisfies Record<Locale, Record<string, string>>;

export type LauncherKey = keyof (typeof launcherStrings)['de'];
