import type { Locale } from '../../src/config';

export type Position = 'bottom-right' | 'bottom-left';

/** What the demo's control column changes; kept across reloads so a mail's deep link opens in the same setting. */
export interface DemoSettings {
  /** A seeded user id, or null for a visitor who is not signed in. */
  userId: string | null;
  locale: Locale;
  accent: string;
  dark: boolean;
  position: Position;
}

const KEY = 'medsupport-demo:settings';

export const DEFAULTS: DemoSettings = {
  userId: 'u-berger-anna',
  locale: 'de',
  accent: '#0b6e4f',
  dark: false,
  position: 'bottom-right',
};

function isSettings(value: unknown): value is Partial<DemoSettings> {
  return typeof value === 'object' && value !== null;
}

export function loadSettings(): DemoSettings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (!isSettings(stored)) return { ...DEFAULTS };
    return {
      userId: typeof stored.userId === 'string' || stored.userId === null ? stored.userId : DEFAULTS.userId,
      locale: stored.locale === 'en' ? 'en' : 'de',
      accent: typeof stored.accent === 'string' && /^#[0-9a-f]{6}$/i.test(stored.accent) ? stored.accent : DEFAULTS.accent,
      dark: stored.dark === true,
      position: stored.position === 'bottom-left' ? 'bottom-left' : 'bottom-right',
    };
  } catch {
    // Storage can be blocked or hold junk from an older demo; the defaults are always usable.
    return { ...DEFAULTS };
  }
}

export function saveSettings(settings: DemoSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Without storage the settings only last until the next reload; the demo itself still works.
  }
}
