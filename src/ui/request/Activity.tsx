import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ActivityItem } from '../../api/contract';
import { useApp } from '../../state/app';
import { RelativeTime } from '../requests/RelativeTime';
import { StatusBadge } from '../requests/StatusBadge';
import { Attachments } from './Attachments';

function Entry({ item }: { item: ActivityItem }) {
  const t = useApp().t.value;
  const agent = item.author.isAgent;
  return (
    <li class={`activity-item ${item.type}${agent ? ' agent' : ''}`}>
      <p class="activity-head">
        <span class="activity-author">{item.author.name}</span>
        {agent && <span class="agent-tag">{t('request.supportTeam')}</span>}
        <RelativeTime iso={item.at} />
      </p>
      {item.type === 'created' && <p class="activity-note">{t('request.activityCreated')}</p>}
      {item.type === 'status' && item.status && (
        <p class="activity-note">
          {t('request.activityStatus')} <StatusBadge status={item.status} />
        </p>
      )}
      {item.body && <p class="activity-body">{item.body}</p>}
      {item.attachments && item.attachments.length > 0 && <Attachments files={item.attachments} />}
    </li>
  );
}

/**
 * The "Aktivität" timeline, oldest first. When it grows (first load, a new reply) the newest entry is scrolled
 * into view of the panel, and a new support-team reply is announced.
 */
export function Activity({ items, shown }: { items: ActivityItem[]; shown: boolean }) {
  const t = useApp().t.value;
  const list = useRef<HTMLOListElement>(null);
  const scrolledFor = useRef(0);
  const known = useRef<Set<string> | null>(null);
  const seen = known.current;
  const fresh = seen ? items.filter((item) => !seen.has(item.id) && item.author.isAgent) : [];

  useLayoutEffect(() => {
    known.current = new Set(items.map((item) => item.id));
    const container = list.current?.closest('.body');
    const newest = list.current?.lastElementChild;
    if (!shown || !container || !newest || scrolledFor.current === items.length) return;
    scrolledFor.current = items.length;
    const offset = newest.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTop = Math.min(container.scrollTop + offset - 12, container.scrollHeight - container.clientHeight);
  }, [items, shown]);

  return (
    <section class="activity" aria-labelledby="ms-activity">
      <h4 id="ms-activity">{t('request.activity')}</h4>
      <ol ref={list} class="activity-list">
        {items.map((item) => (
          <Entry key={item.id} item={item} />
        ))}
      </ol>
      <p class="sr-only" aria-live="polite">
        {fresh.length > 0 ? t('request.newReply') : ''}
      </p>
    </section>
  );
}
