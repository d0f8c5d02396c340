import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ActivityItem } from '../../api/contract';
import { useApp } from '../../state/app';
import { RelativeTime } from '../requests/RelativeTime';
import { StatusBadge } from '../requests/StatusBadge';
import { LinkedText } from '../shared/LinkedText';
import { Attachments } from './Attachments';

function Entry({ item, isNew }: { item: ActivityItem; isNew: boolean }) {
  const t = useApp().t.value;
  const agent = item.author.isAgent;
  return (
    <li class={`activity-item ${item.type}${agent ? ' agent' : ''}${isNew ? ' new' : ''}`} tabIndex={isNew ? -1 : undefined}>
      <p class="activity-head">
        <span class="activity-author">{item.author.name}</span>
        {agent && <span class="agent-tag">{t('request.supportTeam')}</span>}
        {isNew && <span class="new-tag">{t('request.newTag')}</span>}
        <RelativeTime iso={item.at} />
      </p>
      {item.type === 'created' && <p class="activity-note">{t('request.activityCreated')}</p>}
      {item.type === 'status' && item.status && (
        <p class="activity-note">
          {t('request.activityStatus')} <StatusBadge status={item.status} />
        </p>
      )}
      {item.body && (
        <p class="activity-body">
          <LinkedText text={item.body} />
        </p>
      )}
      {item.attachments && item.attachments.length > 0 && <Attachments files={item.attachments} />}
    </li>
  );
}

/** Support-team entries after `seenUntil` (see `Unread.seenUntil`). Pure, so it is tested on its own. */
export function newEntries(items: ActivityItem[], seenUntil: string | undefined): Set<string> {
  if (seenUntil === undefined) return new Set();
  const after = Date.parse(seenUntil);
  return new Set(items.filter((item) => item.author.isAgent && Date.parse(item.at) > after).map((item) => item.id));
}

/**
 * The "Aktivität" timeline, oldest first, with the replies new to the user marked. It leaves the page at its top
 * when it first shows (key, summary and status in view); a reply that arrives while the page is in view is
 * scrolled into view and announced.
 */
export function Activity({ items, shown, unseen }: { items: ActivityItem[]; shown: boolean; unseen: Set<string> }) {
  const t = useApp().t.value;
  const list = useRef<HTMLOListElement>(null);
  const scrolledFor = useRef<number | null>(null);
  const known = useRef<Set<string> | null>(null);
  const seen = known.current;
  const fresh = seen ? items.filter((item) => !seen.has(item.id) && item.author.isAgent) : [];
  // What arrived, said as it is: a status change alone is no reply, and one that comes with a reply is said too.
  const newStatus = fresh.filter((item) => item.type === 'status').pop()?.status;
  const news = [
    fresh.some((item) => item.type === 'comment') ? t('request.newReply') : '',
    newStatus ? `${t('request.activityStatus')} ${newStatus.name}` : '',
  ].filter(Boolean);

  useLayoutEffect(() => {
    known.current = new Set(items.map((item) => item.id));
    const container = list.current?.closest('.body');
    const newest = list.current?.lastElementChild;
    if (!shown || !container || !newest || scrolledFor.current === items.length) return;
    const first = scrolledFor.current === null;
    scrolledFor.current = items.length;
    if (first) return;
    const offset = newest.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTop = Math.min(container.scrollTop + offset - 12, container.scrollHeight - container.clientHeight);
  }, [items, shown]);

  return (
    <section class="activity" aria-labelledby="ms-activity">

      <h4 id="ms-activity">{t('request.activity')}</h4>
      <ol ref={list} class="activity-list">
        {items.map((item) => (
          <Entry key={item.id} item={item} isNew={unseen.has(item.id)} />
        ))}
      </ol>
      <p class="sr-only" aria-live="polite">
        {news.join('. ')}
      </p>
    </section>
  );
}
