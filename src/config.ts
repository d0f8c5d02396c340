import type { Locale } from './api/contract';
import { warn } from './core/log';
import type { MessageKey } from './i18n/de';

export type { Locale, MessageKey };
/** A language as hosts have it (`navigator.language`): `de`, `en`, or one of their regional tags (`de-DE` → `de`). */
export type LocaleTag = Locale | `${Locale}-${string}`;

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

/**
 * Answers with the user's signed portal token. A rejection, a throw, anything but a non-empty string, or no answer
 * within 10 s counts as a failure: the widget reports `token_failed` and offers the user a retry.
 */
export type GetToken = () => Promise<string> | string;

/** What the widget keeps of a user's identity: either way of getting a token, or neither (a visitor). */
export interface Credentials {
  /** A signed portal token (JWT). Kept in memory only. */
  token?: string;
  /** Called whenever a token is needed, and again once after a `401`. */
  getToken?: GetToken;
}

/** The user's identity, from the host app's backend: a token, a way to get one, or both (`getToken` wins). */
export type Identity = (Credentials & { token: string }) | (Credentials & { getToken: GetToken });

export interface WidgetConfig extends Credentials {
  /** Portal API base, e.g. `https://support.example.com/api/portal/v1`. May be on another origin. */
  portalUrl: string;
  /** Interface language. Default `de`. */
  locale?: LocaleTag;
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
  /** Override single interface texts by catalogue key (`MessageKey`), per language. */
  strings?: Partial<Record<Locale, Partial<Record<MessageKey, string>>>>;
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

// The colour scheme's default is the first of its valid values, below.
export const DEFAULT_THEME: Omit<Required<Theme>, 'colorScheme'> = {
  accent: '#0b6e4f',
  radius: 12,
  fontFamily: 'system-ui, sans-serif',
};

/** `de`, `de-DE`, `EN-us` → `de` / `en`; anything else → undefined. */
export const toLocale = (value: unknown): Locale | undefined =>
  /^(de|en)(-|$)/i.exec(String(value))?.[1]!.toLowerCase() as Locale | undefined;

/**
 * Validates host input; returns the problem as a message instead of throwing into the host's code. Only what the
 * widget cannot work without refuses to start; a bad optional value costs the host that setting, not the widget,
 * and is named in one console warning.
 */
export function resolveConfig(input: unknown): ResolvedConfig | string {
  const raw = (input ?? {}) as Partial<WidgetConfig>;
  if (typeof raw.portalUrl !== 'string' || !/^(https?:\/\/|\/)/.test(raw.portalUrl)) {
    return 'config.portalUrl must be an http(s) URL or a path from "/".';
  }
  // A wrong identity would show a user the visitor's panel (registration instead of their requests): refused too.
  if ((raw.getToken !== undefined && typeof raw.getToken !== 'function') || (raw.token !== undefined && typeof raw.token !== 'string')) {
    return 'config.getToken must be a function, config.token a string.';
  }
  const pick = <T>(name: string, value: unknown, allowed: readonly T[], mapped = value): T => {
    if (allowed.includes(mapped as T)) return mapped as T;
    if (value !== undefined) warn(`config.${name} ${JSON.stringify(value)} is invalid; using ${allowed[0]}.`);
    return allowed[0]!;
  };
  return {
    ...raw,
    portalUrl: raw.portalUrl.replace(/\/+$/, ''),
    locale: pick('locale', raw.locale, ['de', 'en'], toLocale(raw.locale)),
    launcher: raw.launcher !== false,
    position: pick('position', raw.position, ['bottom-right', 'bottom-left']),
    zIndex: Number.isFinite(raw.zIndex) ? Number(raw.zIndex) : 2147483000,
    theme: { ...DEFAULT_THEME, ...raw.theme, colorScheme: pick('theme.colorScheme', raw.theme?.colorScheme, ['light', 'dark', 'auto']) },
    deepLinkParam: raw.deepLinkParam || 'medsupport',
    pollInterval: typeof raw.pollInterval === 'number' && raw.pollInterval >= 0 ? raw.pollInterval : 60_000,
  };
}
