import type { RequestSummary } from '../../api/contract';
import { useApp } from '../../state/app';
import { unreadOf } from '../../state/unread';
import { RelativeTime } from './RelativeTime';
import { StatusBadge } from './StatusBadge';

/** One request in the list: a real button into its page, with every fact as text. */
export function RequestRow({ item, showCreator, byCreation }: { item: RequestSummary; showCreator: boolean; byCreation: boolean }) {
  const app = useApp();
  const t = app.t.value;
  const unread = unreadOf(app).isUnread(item);
  return (
    <li class={`request-row${unread ? ' unread' : ''}`}>
      <button type="button" class="request-link" onClick={() => app.router.push({ view: 'request', key: item.key })}>
        <span class="row-top">
          <span class="key">{item.key}</span>
          {unread && (
            <span class="unread-dot">
              <span class="sr-only">{t('unread.label')}</span>
            </span>
          )}
          <StatusBadge status={item.status} />
        </span>
        <span class="row-summary">{item.summary}</span>
        <span class="row-meta">
          <span>{item.requestType.name}</span>
          {showCreator && <span>{t('requests.by', { name: item.createdBy.name })}</span>}
          <span>
            {t(byCreation ? 'requests.createdAt' : 'requests.updatedAt')} <RelativeTime iso={byCreation ? item.createdAt : item.updatedAt} />
          </span>
        </span>
      </button>
    </li>
  );
}
