import { useEffect } from 'preact/hooks';
import { useApp } from '../../state/app';
import { ErrorState, Loading } from '../shared/Status';
import { HomeSearch } from './HomeSearch';

/** The start page: pick a category (as on the portal's "Support-Kategorie auswählen"), or go elsewhere. */
export function Home() {
  const app = useApp();
  const { requestTypes, router } = app;
  const t = app.t.value;
  useEffect(() => requestTypes.ensure(), [requestTypes]);

  const types = requestTypes.data.value;
  const pending = app.drafts.pendingIds('new');
  const drafts = types?.filter((type) => pending.includes(type.key)) ?? [];
  // What the launcher's badge counted, said where the way to it starts: the badge is no text a screen reader reads.
  const news = app.unreadCount.value;
  return (
    <div class="home">
      {drafts.length > 0 && (
        <section class="drafts" aria-labelledby="ms-drafts">
          <h3 class="section-title" id="ms-drafts">
            {t('home.drafts')}
          </h3>
          {drafts.map((type) => (
            <button key={type.key} type="button" class="btn secondary" onClick={() => router.push({ view: 'new', category: type.key })}>
              {t('home.resumeDraft', { type: type.name })}
            </button>
          ))}
        </section>
      )}
      <HomeSearch />
      <h3 class="section-title" id="ms-categories">
        {t('home.chooseCategory')}
      </h3>
      {requestTypes.error.value ? (
        <ErrorState error={requestTypes.error.value} onRetry={() => void requestTypes.reload()} />
      ) : !types ? (
        <Loading />
      ) : types.length === 0 ? (
        <p class="state">{t('home.noCategories')}</p>
      ) : (
        <ul class="categories" aria-labelledby="ms-categories">
          {types.map((type) => (
            <li key={type.id}>
              <button type="button" class="category" onClick={() => router.push({ view: 'new', category: type.key })}>
                <span class="category-name">{type.name}</span>
                <span class="category-description">{type.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <nav class="home-links" aria-label={t('home.more')}>
        <button type="button" class="link-button" onClick={() => router.push({ view: 'requests' })}>
          {t('view.requests')}
          {news > 0 && <span class="news"> · {t('launcher.unread', { count: news })}</span>}
        </button>
        <button type="button" class="link-button" onClick={() => router.push({ view: 'profile' })}>
          {t('view.profile')}
        </button>
      </nav>
    </div>
  );
}
