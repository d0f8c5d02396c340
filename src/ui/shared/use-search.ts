import { useEffect, useMemo } from 'preact/hooks';
import type { SearchHit } from '../../search';
import { useApp } from '../../state/app';
import { useDebounced } from './hooks';

const PAUSE_MS = 100;

/** Best articles for what the user typed, once typing pauses; the index is fetched (or revalidated) on first use. */
export function useArticleSearch(query: string, requestType?: string, limit = 5): SearchHit[] {
  const app = useApp();
  const settled = useDebounced(query, PAUSE_MS);
  useEffect(() => {
    if (settled.trim()) void app.articles.refresh();
  }, [app, settled]);
  const engine = app.articles.engine.value;
  const locale = app.locale.value;
  return useMemo(
    () => (engine && settled.trim() ? engine.search(settled, { limit, locale, requestType }) : []),
    [engine, settled, locale, requestType, limit],
  );
}
