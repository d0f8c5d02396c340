import type { SearchHit } from '../../search';
import { useApp } from '../../state/app';
import { Highlight } from './Highlight';

/**
 * Search hits as links into the panel's article view; shared by the home search and the form's suggestions. The
 * article goes with the terms of the `query` that found it, for the portal to learn from if it helps.
 */
export function ArticleList({ hits, labelledBy, query, fromDraft }: { hits: SearchHit[]; labelledBy: string; query: string; fromDraft?: string }) {
  const { router, articles, feedback } = useApp();
  const open = (hit: SearchHit): void => {
    const terms = articles.engine.peek()?.terms(query) ?? [];
    const route = { view: 'article', id: hit.article.id, title: hit.article.title, fromDraft, terms } as const;
    feedback.opened(route);
    router.push(route);
  };
  return (
    <ul class="articles" aria-labelledby={labelledBy}>
      {hits.map((hit) => {
        // Named by the title, the excerpt as its description: five names of 250 characters each are no list to tab
        // through. The list's id in them, as the home search and a form's suggestions can show the same article.
        const id = `${labelledBy}-${hit.article.id}`;
        return (
          <li key={hit.article.id}>
            {/* An article not yet translated comes in German: a screen reader reads it with a German voice (WCAG 3.1.2). */}
            <button
              type="button"
              class="article-link"
              lang={hit.article.locale}
              aria-labelledby={`${id}-title`}
              aria-describedby={`${id}-excerpt`}
              onClick={() => open(hit)}
            >
              <span id={`${id}-title`} class="article-title">
                <Highlight text={hit.article.title} hit={hit} />
              </span>
              <span id={`${id}-excerpt`} class="article-excerpt">
                <Highlight text={hit.article.excerpt} hit={hit} />
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
