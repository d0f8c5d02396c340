import type { Locale } from '../api/contract';

/** The few texts the loader shows before the panel code is there; part of each language's catalogue. */
export const launcherStrings = {
  de: {
    'launcher.open': 'Hilfe und Support öffnen',
    'launcher.close': 'Hilfe und Support schließen',
    'launcher.loading': 'Hilfe wird geladen …',
    'launcher.failed': 'Hilfe konnte nicht geladen werden. Erneut versuchen',
    'launcher.unread': '{count} neue Antworten',
  },
  en: {
    'launcher.open': 'Open help and support',
    'launcher.close': 'Close help and support',
    'launcher.loading': 'Loading help …',
    'launcher.failed': 'Help could not be loaded. Try again',
    'launcher.unread': '{count} new replies',
  },
} satisfies Record<Locale, Record<string, string>>;

export type LauncherKey = keyof (typeof launcherStrings)['de'];
