import { useState } from 'preact/hooks';
import { useApp } from '../../state/app';
import { ArticleList } from '../shared/ArticleList';
import { LiveCount } from '../shared/LiveCount';
import { useArticleSearch } from '../shared/use-search';

/** Search the knowledge base before asking: the same engine as the form's suggestions. */
export function HomeSearch() {
  const app = useApp();
  const t = app.t.value;
  const [query, setQuery] = useState('');
  const hits = useArticleSearch(query);
  return (
    <div class="home-search" role="search">
      <label for="ms-home-search" class="section-title">
        {t('home.searchLabel')}
      </label>
      <input
        id="ms-home-search"
        type="search"
        value={query}
        placeholder={t('home.searchPlaceholder')}
        onFocus={() => void app.articles.refresh()}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <LiveCount hits={hits} />
      {!!hits?.length && (
        <>
          <h3 id="ms-home-hits" class="sr-only">
            {t('home.searchResults')}
          </h3>
          <ArticleList hits={hits} labelledBy="ms-home-hits" query={query} />
        </>
      )}
    </div>
  );
}
