import type { MessageKey } from '../../i18n';
import { useApp } from '../../state/app';
import { DEFAULT_FILTERS, type ListFilters, type RequestsStore } from '../../state/requests';

interface Hiding {
  text: string;
  undo: Partial<ListFilters>;
}

/** No rows: says which filters hide requests, each with a button that lifts it. */
export function EmptyState({ store }: { store: RequestsStore }) {
  const app = useApp();
  const t = app.t.value;
  const f = store.filters.value;
  const organization = f.ownership === 'organization';
  const typeName = app.requestTypes.data.value?.find((type) => type.id === f.requestType)?.name ?? f.requestType;
  const creatorName = store.creators.data.value?.items.find((person) => person.id === f.createdBy)?.name ?? f.createdBy;
  const statusText: Record<Exclude<ListFilters['status'], 'all'>, MessageKey> = { open: 'requests.hidden.open', closed: 'requests.hidden.closed' };

  const hiding: Hiding[] = [];
  if (f.status !== 'all') hiding.push({ text: t(statusText[f.status]), undo: { status: 'all' } });
  if (!organization) hiding.push({ text: t('requests.hidden.mine'), undo: { ownership: 'organization' } });
  if (organization && f.createdBy) hiding.push({ text: t('requests.hidden.creator', { name: creatorName }), undo: { createdBy: '' } });
  if (f.requestType) hiding.push({ text: t('requests.hidden.type', { type: typeName }), undo: { requestType: '' } });
  if (f.q.trim()) hiding.push({ text: t('requests.hidden.search', { q: f.q.trim() }), undo: { q: '' } });
  const nothingAtAll = organization && hiding.length === 0;

  return (
    <div class="state empty" role="status">
      <p class="empty-title">{t(nothingAtAll ? 'requests.emptyNone' : 'requests.empty')}</p>
      {hiding.length > 0 && (
        <>
          <p>{t('requests.hiddenBy')}</p>
          <ul class="hiding">
            {hiding.map((item) => (
              <li key={item.text}>
                <span>{item.text}</span>
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('requests.liftFilter', { filter: item.text })}
                  onClick={() => store.setFilters(item.undo)}
                >
                  {t('requests.lift')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="link-button" onClick={() => store.setFilters({ ...DEFAULT_FILTERS, ownership: 'organization', status: 'all' })}>
            {t('requests.showEverything')}
          </button>
        </>
      )}
      <div class="actions">
        <button type="button" class="btn secondary" onClick={() => app.router.push({ view: 'new' })}>
          {t('requests.newRequest')}
        </button>
      </div>
    </div>
  );
}
