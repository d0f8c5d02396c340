import type { Locale } from '../api/contract';

/** A counted text: one form per plural category of the language (`Intl.PluralRules`); `other` is always there. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a text for `count`, by the language's plural rules. */
export const pluralForm = (message: string | Plural, locale: Locale, count: number): string =>
  typeof message === 'string' ? message : (message[new Intl.PluralRules(locale).select(count)] ?? message.other);
