import { useEffect, useMemo } from 'preact/hooks';
import type { SearchHit } from '../../search';
import { useApp } from '../../state/app';
import { useDebounced } from './hooks';

const PAUSE_MS = 100;

/**
 * Best articles for what the user typed, once typing pauses (`focus`: the part of it that says most, see
 * `SearchOptions.focus`); the index is fetched (or revalidated) on first use.
 * Null while nothing was searched: no text yet, or the index still on its way, so no result is announced early.
 */
export function useArticleSearch(query: string, requestType?: string, focus?: string, limit = 5): SearchHit[] | null {
  const app = useApp();
  const settled = useDebounced(query, PAUSE_MS);
  const settledFocus = useDebounced(focus, PAUSE_MS);
  useEffect(() => {
    if (settled.trim()) void app.articles.refresh();
  }, [app, settled]);
  const engine = app.articles.engine.value;
  const locale = app.locale.value;
  return useMemo(
    () => (engine && settled.trim() ? engine.search(settled, { limit, locale, requestType, focus: settledFocus }) : null),
    [engine, settled, locale, requestType, settledFocus, limit],
  );
}
