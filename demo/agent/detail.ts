import type { RequestContext, StatusId } from '../../src/api/contract';
import { h, replace, type Child } from '../shared/dom.js';
import { formatDateTime } from '../shared/format.js';
import { ConsoleError, getRequest, reply, setStatus, type ConsoleActivityItem, type ConsoleFeatures, type ConsoleRequestDetail } from './api.js';

const STATUSES: { id: StatusId; name: string }[] = [
  { id: 'waiting_for_support', name: 'Warten auf Support' },
  { id: 'in_progress', name: 'In Bearbeitung' },
  { id: 'waiting_for_customer', name: 'Warten auf Kunde' },
  { id: 'resolved', name: 'Gelöst' },
  { id: 'closed', name: 'Geschlossen' },
];

const AUTHOR_KEY = 'medsupport-demo:agent-name';

function grid(rows: [string, Child][]): HTMLDListElement {
  return h('dl', { class: 'detail-grid' }, rows.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

function contextRows(context: RequestContext): [string, Child][] {
  const rows: [string, Child][] = [];
  if (context.pageUrl) rows.push(['Seite', context.pageUrl]);
  if (context.appVersion) rows.push(['App-Version', context.appVersion]);
  if (context.locale) rows.push(['Sprache', context.locale]);
  if (context.screen) rows.push(['Bildschirm', context.screen]);
  if (context.userAgent) rows.push(['Browser', context.userAgent]);
  if (context.extra) rows.push(['Von der App', h('pre', { class: 'json' }, JSON.stringify(context.extra, null, 2))]);
  return rows;
}

function activityItem(item: ConsoleActivityItem): HTMLLIElement {
  const what =
    item.type === 'created'
      ? 'hat die Anfrage gestellt'
      : item.type === 'status'
        ? `Status: ${item.status?.name ?? '–'}`
        : item.internal
          ? 'hat eine interne Notiz geschrieben'
          : 'hat kommentiert';
  return h(
    'li',
    { class: [item.author.isAgent ? 'agent' : '', item.internal ? 'internal' : ''].join(' ').trim() || null },
    h(
      'div',
      { class: 'who' },
      h('strong', null, item.author.name),
      item.author.isAgent && h('span', { class: 'agent-tag' }, 'Support'),
      item.internal && h('span', { class: 'internal-tag', title: 'Nur für das Supportteam, die Praxis sieht diese Notiz nicht' }, 'Intern'),
      h('span', null, what),
      h('time', { class: 'muted', datetime: item.at }, formatDateTime(item.at)),
    ),
    item.body && h('p', { class: 'body' }, item.body),
    item.attachments?.length && h('p', { class: 'muted' }, `Anhänge: ${item.attachments.map((a) => a.name).join(', ')}`),
  );
}

function info(request: ConsoleRequestDetail): HTMLElement[] {
  return [
    h('div', null, h('p', { class: 'muted' }, `${request.key} · ${request.requestType.name}`), h('h2', null, request.summary)),
    h(
      'section',
      { class: 'card' },
      grid([
        ['Status', h('span', { class: `status-pill ${request.status.category}` }, request.status.name)],
        ['Praxis', request.organization?.name ?? 'Besucher (ohne Praxis)'],
        ['Angefragt von', `${request.requester.name} <${request.requester.email}>`],
        ['Erstellt', formatDateTime(request.createdAt)],
        ['Letzte Aktivität', formatDateTime(request.updatedAt)],
      ]),
    ),
    h('section', { class: 'card' }, h('h3', null, 'Angaben'), grid(request.fields.map((f): [string, Child] => [f.label, f.value]))),
    h('section', { class: 'card' }, h('h3', null, 'Kontext'), request.context ? grid(contextRows(request.context)) : h('p', { class: 'muted' }, 'Ohne technischen Kontext gesendet.')),
    h('section', null, h('h3', null, 'Aktivität'), h('ol', { class: 'activity' }, request.activity.map(activityItem))),
  ];
}

/**
 * The opened request: its facts (refreshed while it is open) and a reply/status form that survives the refreshes,
 * so a half-written answer is never wiped. The choice between a public reply and an internal note is only offered
 * where the backend has internal notes (JSM).
 */
export function createDetail(root: HTMLElement, onChanged: () => void, features: ConsoleFeatures) {
  let key: string | null = null;
  let shownUpdatedAt: string | null = null;
  const facts = h('div', { class: 'facts' });
  const message = h('p', { class: 'form-message', role: 'status' });
  const author = h('input', { name: 'author', value: localStorage.getItem(AUTHOR_KEY) ?? 'medondo Support', autocomplete: 'off' });
  const body = h('textarea', { name: 'body', required: true });
  const status = h('select', { name: 'status' }, STATUSES.map((s) => h('option', { value: s.id }, s.name)));
  const bodyLabel = h('span', null, 'Antwort an die Praxis');
  const submit = h('button', { type: 'submit', class: 'btn' }, 'Antwort senden');
  const publicChoice = h('input', { type: 'radio', name: 'visibility', value: 'public', checked: true });
  const internalChoice = h('input', { type: 'radio', name: 'visibility', value: 'internal' });
  const visibility =
    features.internalNotes &&
    h(
      'fieldset',
      {
        class: 'visibility',
        onChange: () => {
          bodyLabel.textContent = internalChoice.checked ? 'Interne Notiz für das Supportteam' : 'Antwort an die Praxis';
          submit.textContent = internalChoice.checked ? 'Notiz speichern' : 'Antwort senden';
        },
      },
      h('legend', null, 'Sichtbarkeit'),
      h('label', null, publicChoice, 'Öffentliche Antwort'),
      h('label', null, internalChoice, 'Interne Notiz (die Praxis sieht sie nicht)'),
    );

  const run = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    message.className = 'form-message';
    message.textContent = 'Wird gesendet …';
    try {
      localStorage.setItem(AUTHOR_KEY, author.value.trim());
      await action();
      message.textContent = done;
      await refresh(true);
      onChanged();
    } catch (error) {
      message.className = 'form-message error';
      message.textContent = error instanceof ConsoleError ? error.message : `Fehler: ${String(error)}`;
    }
  };

  const form = h(
    'form',
    {
      class: 'card actions-card',
      'aria-label': 'Antworten',
      onSubmit: (event: Event) => {
        event.preventDefault();
        if (!key || !body.value.trim()) return body.focus();
        const target = key;
        const internal = features.internalNotes && internalChoice.checked;
        void run(
          async () => {
            await reply(target, body.value, author.value.trim(), internal);
            body.value = '';
          },
          internal
            ? 'Interne Notiz gespeichert; die Praxis sieht sie nicht.'
            : features.internalNotes
              ? 'Antwort gesendet; die Praxis sieht sie im Widget als neue Antwort.'
              : 'Antwort gesendet; die Praxis sieht sie im Widget und bekommt eine E-Mail.',
        );
      },
    },
    h('h3', null, 'Antworten'),
    visibility,
    h('label', null, bodyLabel, body),
    h('div', { class: 'row' }, h('label', null, 'Name im Verlauf', author), submit),
    h(
      'div',
      { class: 'row' },
      h('label', null, 'Status', status),
      h(
        'button',
        {
          type: 'button',
          class: 'btn secondary',
          onClick: () => {
            if (!key) return;
            const target = key;
            void run(() => setStatus(target, status.value as StatusId, author.value.trim()), 'Status geändert.');
          },
        },
        'Status setzen',
      ),
    ),
    message,
  );

  async function refresh(force = false): Promise<void> {
    if (!key) return;
    const requested = key;
    try {
      const request = await getRequest(requested);
      if (requested !== key || (!force && request.updatedAt === shownUpdatedAt)) return;
      shownUpdatedAt = request.updatedAt;
      replace(facts, info(request));
      status.value = request.status.id;
    } catch (error) {
      if (requested !== key) return;
      replace(facts, h('div', { class: 'alert error', role: 'alert' }, h('p', null, error instanceof Error ? error.message : String(error))));
    }
  }

  return {
    async show(next: string): Promise<void> {
      if (next !== key) {
        key = next;
        shownUpdatedAt = null;
        body.value = '';
        message.textContent = '';
        replace(facts, h('p', { class: 'muted' }, 'Wird geladen …'));
        replace(root, facts, form);
      }
      await refresh(true);
    },
    refresh: () => refresh(false),
  };
}
