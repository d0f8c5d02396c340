import type { Locale } from './api/contract';

export type { Locale };

export type ViewName = 'home' | 'new' | 'requests' | 'request' | 'profile';

export type ColorScheme = 'light' | 'dark' | 'auto';

export interface Theme {
  /** Accent colour for buttons, links and the launcher, any CSS colour. Default `#0b6e4f`. */
  accent?: string;
  /** Corner radius in px. Default 12. */
  radius?: number;
  /** Font stack of the panel. Default the system UI font. */
  fontFamily?: string;
  /** `auto` follows `prefers-color-scheme`. Default `light`. */
  colorScheme?: ColorScheme;
}

/** The user's identity, from the host app's backend. */
export interface Identity {
  /** A signed portal token (JWT). Kept in memory only. */
  token?: string;
  /** Called whenever a token is needed, and again once after a `401`. */
  getToken?: () => Promise<string> | string;
}

export interface WidgetConfig extends Identity {
  /** Portal API base, e.g. `https://support.example.com/api/portal/v1`. May be on another origin. */
  portalUrl: string;
  /** Interface language. Default `de`. */
  locale?: Locale;
  /** The host app's version, attached to bug reports. */
  appVersion?: string;
  /** Show the floating launcher button. Default `true`; `false` for hosts with their own button. */
  launcher?: boolean;
  /** Corner of the launcher and panel. Default `bottom-right`. */
  position?: 'bottom-right' | 'bottom-left';
  /** Stacking order of the widget. Default 2147483000. */
  zIndex?: number;
  theme?: Theme;
  /** Element the widget's host element is appended to. Default `document.body`. */
  container?: HTMLElement;
  /** CSP nonce for the widget's `<style>` where constructable stylesheets are unavailable. */
  nonce?: string;
  /** Override single interface texts by catalogue key, per language or for all languages. */
  strings?: Partial<Record<Locale, Record<string, string>>>;
  /** Query parameter that deep-links into a request. Default `medsupport`. */
  deepLinkParam?: string;
  /** The host's own account page (password changes), linked from the profile. */
  accountUrl?: string;
  /** How often unread replies are checked while the page is visible, in ms. Default 60 000; 0 turns it off. */
  pollInterval?: number;
}

export interface ResolvedConfig extends WidgetConfig {
  locale: Locale;
  launcher: boolean;
  position: 'bottom-right' | 'bottom-left';
  zIndex: number;
  theme: Required<Theme>;
  deepLinkParam: string;
  pollInterval: number;
}

export const VIEWS: readonly ViewName[] = ['home', 'new', 'requests', 'request', 'profile'];

const DEFAULT_THEME: Required<Theme> = {
  accent: '#0b6e4f',
  radius: 12,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  colorScheme: 'light',
};

const isLocale = (value: unknown): value is Locale => value === 'de' || value === 'en';

/** Validates host input; returns the problem as a message instead of throwing into the host's code. */
export function resolveConfig(input: unknown): ResolvedConfig | string {
  if (!input || typeof input !== 'object') return 'init(config) needs a config object with portalUrl.';
  const raw = input as Partial<WidgetConfig>;
  if (typeof raw.portalUrl !== 'string' || !/^(https?:\/\/|\/)/.test(raw.portalUrl)) {
    return 'config.portalUrl must be an http(s) URL or a path from "/".';
  }
  if (raw.locale !== undefined && !isLocale(raw.locale)) return `config.locale must be "de" or "en", not ${String(raw.locale)}.`;
  if (raw.position !== undefined && raw.position !== 'bottom-right' && raw.position !== 'bottom-left') {
    return 'config.position must be "bottom-right" or "bottom-left".';
  }
  if (raw.getToken !== undefined && typeof raw.getToken !== 'function') return 'config.getToken must be a function.';
  if (raw.token !== undefined && typeof raw.token !== 'string') return 'config.token must be a string.';
  const scheme = raw.theme?.colorScheme;
  if (scheme !== undefined && scheme !== 'light' && scheme !== 'dark' && scheme !== 'auto') {
    return 'config.theme.colorScheme must be "light", "dark" or "auto".';
  }
  return {
    ...raw,
    portalUrl: raw.portalUrl.replace(/\/+$/, ''),
    locale: raw.locale ?? 'de',
    launcher: raw.launcher !== false,
    position: raw.position ?? 'bottom-right',
    zIndex: Number.isFinite(raw.zIndex) ? Number(raw.zIndex) : 2147483000,
    theme: { ...DEFAULT_THEME, ...raw.theme },
    deepLinkParam: raw.deepLinkParam || 'medsupport',
    pollInterval: typeof raw.pollInterval === 'number' && raw.pollInterval >= 0 ? raw.pollInterval : 60_000,
  };
}
