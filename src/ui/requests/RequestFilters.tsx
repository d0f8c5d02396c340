import { useEffect, useState } from 'preact/hooks';
import type { RequestSort, StatusFilter } from '../../api/contract';
import { useApp } from '../../state/app';
import type { RequestsStore } from '../../state/requests';
import { useDebounced } from '../shared/hooks';

const STATUSES: StatusFilter[] = ['open', 'closed', 'all'];
const SORTS: RequestSort[] = ['updated', 'created'];
const value = (event: Event): string => (event.currentTarget as HTMLSelectElement | HTMLInputElement).value;

/** "Erstellt von mir" / "Alle", a search in the summary, then status, sort, type and creator. */
export function RequestFilters({ store }: { store: RequestsStore }) {
  const app = useApp();
  const t = app.t.value;
  const filters = store.filters.value;
  const organization = filters.ownership === 'organization';
  const [q, setQ] = useState(filters.q);
  const settled = useDebounced(q, 300);
  const types = app.requestTypes.data.value ?? [];
  const creators = store.creators.data.value?.items ?? [];

  useEffect(() => app.requestTypes.ensure(), []);
  useEffect(() => {
    if (organization) store.creators.ensure();
  }, [organization]);
  useEffect(() => {
    if (settled !== store.filters.peek().q) store.setFilters({ q: settled });
  }, [settled]);
  // The search was cleared elsewhere (the empty state's "lift filter"): show that in the field.
  useEffect(() => {
    if (filters.q !== settled) setQ(filters.q);
  }, [filters.q]);

  return (
    <div class="filters">
      <div class="switch" role="group" aria-label={t('requests.ownership')}>
        {(['mine', 'organization'] as const).map((ownership) => (
          <button
            key={ownership}
            type="button"
            aria-pressed={filters.ownership === ownership ? 'true' : 'false'}
            onClick={() => filters.ownership !== ownership && store.setFilters({ ownership })}
          >
            {t(ownership === 'mine' ? 'requests.mine' : 'requests.all')}
          </button>
        ))}
      </div>
      <label class="filter search">
        <span>{t('requests.search')}</span>
        <input type="search" value={q} maxLength={200} onInput={(e) => setQ(value(e))} />
      </label>
      {/* Status and sort share a row where both fit; type and creator names come from the portal and get a row each. */}
      <div class="filter-grid">
        <label class="filter">
          <span>{t('requests.status')}</span>
          <select value={filters.status} onChange={(e) => store.setFilters({ status: value(e) as StatusFilter })}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`requests.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span>{t('requests.sort')}</span>
          <select value={filters.sort} onChange={(e) => store.setFilters({ sort: value(e) as RequestSort })}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`requests.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="filter wide">
          <span>{t('requests.type')}</span>
          <select value={filters.requestType} onChange={(e) => store.setFilters({ requestType: value(e) })}>
            <option value="">{t('requests.anyType')}</option>
            {types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </label>
        {organization && (
          <label class="filter wide">
            <span>{t('requests.creator')}</span>
            <select value={filters.createdBy} onChange={(e) => store.setFilters({ createdBy: value(e) })}>
              <option value="">{t('requests.anyCreator')}</option>
              {creators.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
