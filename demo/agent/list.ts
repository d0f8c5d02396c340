import type { AgentRequestSummary } from '../../src/api/contract';
import { h, replace } from '../shared/dom.js';
import { formatAgo } from '../shared/format.js';

/** The request list; summaries and names come from users and are only ever text. */
export function renderList(list: HTMLElement, items: AgentRequestSummary[], selected: string | null, select: (key: string) => void): void {
  replace(
    list,
    items.map((item) =>
      h(
        'li',
        null,
        h(
          'a',
          {
            href: `?key=${encodeURIComponent(item.key)}`,
            'aria-current': item.key === selected ? 'true' : null,
            onClick: (event: Event) => {
              event.preventDefault();
              select(item.key);
            },
          },
          h('span', { class: 'row' }, h('span', { class: 'key' }, item.key), h('span', { class: `status-pill ${item.status.category}` }, item.status.name)),
          h('span', { class: 'summary' }, item.summary),
          h('span', { class: 'meta' }, `${item.organization?.name ?? 'Besucher'} · ${item.requester.name} · ${item.requestType.name}`),
          h('span', { class: 'meta' }, `Letzte Aktivität ${formatAgo(item.updatedAt)}`),
        ),
      ),
    ),
  );
}
