import type { ArticleSummary, Locale } from '../api/contract';

/**
 * One version per article: translations share their `id` (or name their original in `translationOf`), and the user
 * reads the one in their language, else the German one, else whichever exists. The search indexes only these, so
 * the same answer never takes two places in the suggestions.
 */
export function versionsFor(items: readonly ArticleSummary[], locale: Locale): ArticleSummary[] {
  const chosen = new Map<string, ArticleSummary>();
  const rank = (a: ArticleSummary): number => (a.locale === locale ? 2 : a.locale === 'de' ? 1 : 0);
  for (const item of items) {
    const key = item.translationOf ?? item.id;
    const current = chosen.get(key);
    if (!current || rank(item) > rank(current)) chosen.set(key, item);
  }
  return [...chosen.values()];
}
