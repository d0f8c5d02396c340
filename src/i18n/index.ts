import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Locale } from '../api/contract';
import { de, type MessageKey } from './de';
import { pluralForm, type Plural } from './plural';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

type Catalogue = Record<MessageKey, string | Plural>;

// German is the default and ships with the panel; other languages load when first asked for.
const catalogues = signal<Partial<Record<Locale, Catalogue>>>({ de });
const loaders: Record<Exclude<Locale, 'de'>, () => Promise<Catalogue>> = { en: () => import('./en').then((m) => m.en) };

function ensureCatalogue(lang: Locale): void {
  if (lang === 'de' || catalogues.peek()[lang]) return;
  loaders[lang]().then(
    (catalogue) => (catalogues.value = { ...catalogues.peek(), [lang]: catalogue }),
    () => undefined,
  );
}

/**
 * A translator that follows the locale signal; host overrides win over the catalogue, German fills any gap.
 * A counted text takes its form from the `count` parameter.
 */
export function createTranslator(
  locale: ReadonlySignal<Locale>,
  overrides: Partial<Record<Locale, Record<string, string>>> = {},
): ReadonlySignal<Translate> {
  return computed(() => {
    const lang = locale.value;
    ensureCatalogue(lang);
    const catalogue = catalogues.value[lang] ?? de;
    const own = overrides[lang] ?? {};
    return (key, params) => {
      const template = pluralForm(own[key] ?? catalogue[key] ?? key, lang, Number(params?.['count'] ?? 0));
      return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : template;
    };
  });
}

// The widget's readers work in German-speaking practices: English dates as in Europe (7 Dec 2026, 17:44), not the
// US's month first and 12-hour clock that a bare "en" gives.
const INTL: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** Intl formatters in the current language. */
export function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "vor 2 Stunden" / "2 hours ago". */
export function formatRelative(locale: Locale, iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const rtf = new Intl.RelativeTimeFormat(INTL[locale], { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(INTL[locale]).format(value);
}
