import type { SearchHit } from '../../search';
import { useApp } from '../../state/app';
import { Highlight } from './Highlight';

/** Search hits as links into the panel's article view; shared by the home search and the form's suggestions. */
export function ArticleList({ hits, labelledBy, fromDraft }: { hits: SearchHit[]; labelledBy: string; fromDraft?: string }) {
  const { router } = useApp();
  return (
    <ul class="articles" aria-labelledby={labelledBy}>
      {hits.map((hit) => (
        <li key={hit.article.id}>
          <button
            type="button"
            class="article-link"
            onClick={() => router.push({ view: 'article', id: hit.article.id, title: hit.article.title, fromDraft })}
          >
            <span class="article-title">
              <Highlight text={hit.article.title} hit={hit} />
            </span>
            <span class="article-excerpt">
              <Highlight text={hit.article.excerpt} hit={hit} />
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
