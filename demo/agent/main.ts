import type { AgentRequestSummary } from '../../src/api/contract';
import { byId, h, replace } from '../shared/dom.js';
import { getFeatures, listRequests, type ConsoleFeatures, type ListFilter } from './api.js';
import { createDetail } from './detail.js';
import { renderList } from './list.js';

/** Often enough to see a new request from the host app arrive while one watches both windows. */
const POLL_MS = 4000;

const PRACTICES = [
  { id: '', name: 'Alle Praxen' },
  { id: 'org-berger', name: 'Praxis Dr. Berger' },
  { id: 'org-see', name: 'Physiotherapie am See' },
];

const list = byId('request-list');
const state = byId('list-state');
const more = byId<HTMLButtonElement>('more');
const filter: ListFilter = { status: 'all', organization: '' };
let items: AgentRequestSummary[] = [];
let nextCursor: string | null = null;
let firstPageSize = 0;
let selected = new URLSearchParams(location.search).get('key');

// Without an answer the console offers what every backend has: public replies.
const features: ConsoleFeatures = await getFeatures().catch(() => ({ internalNotes: false }));
const detail = createDetail(byId('detail'), () => void load(), features);
if (features.internalNotes) byId('console-note').textContent = 'Das Supportteam: Anfragen aller Praxen, als Agent im JSM-Simulator';

function select(key: string): void {
  selected = key;
  history.replaceState(null, '', `?key=${encodeURIComponent(key)}`);
  renderList(list, items, selected, select);
  void detail.show(key);
}

function show(): void {
  state.textContent = items.length ? `${items.length} ${items.length === 1 ? 'Anfrage' : 'Anfragen'}, neueste Aktivität zuerst` : 'Keine Anfragen.';
  more.hidden = !nextCursor;
  renderList(list, items, selected, select);
}

function failed(error: unknown): void {
  state.textContent = `Die Anfragen konnten nicht geladen werden: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reloads the first page (newest activity first), keeping any further pages already loaded below it. */
async function load(): Promise<void> {
  try {
    const page = await listRequests(filter);
    const further = items.slice(firstPageSize).filter((i) => !page.items.some((p) => p.key === i.key));
    items = [...page.items, ...further];
    firstPageSize = page.items.length;
    if (!further.length) nextCursor = page.nextCursor;
    show();
  } catch (error) {
    failed(error);
  }
}

async function loadMore(): Promise<void> {
  try {
    const page = await listRequests({ ...filter, cursor: nextCursor });
    items = [...items, ...page.items.filter((p) => !items.some((i) => i.key === p.key))];
    nextCursor = page.nextCursor;
    show();
  } catch (error) {
    failed(error);
  }
}

function renderFilters(): void {
  const status = h(
    'select',
    {
      onChange: () => {
        filter.status = status.value === 'open' ? 'open' : status.value === 'closed' ? 'closed' : 'all';
        items = [];
        firstPageSize = 0;
        void load();
      },
    },
    h('option', { value: 'all' }, 'Alle'),
    h('option', { value: 'open' }, 'Offen'),
    h('option', { value: 'closed' }, 'Geschlossen'),
  );
  const practice = h(
    'select',
    {
      onChange: () => {
        filter.organization = practice.value;
        items = [];
        firstPageSize = 0;
        void load();
      },
    },
    PRACTICES.map((p) => h('option', { value: p.id }, p.name)),
  );
  replace(byId('filters'), h('label', null, 'Status', status), h('label', null, 'Praxis', practice));
}

renderFilters();
more.addEventListener('click', () => void loadMore());
await load();
if (selected) void detail.show(selected);
window.setInterval(() => {
  if (document.visibilityState !== 'visible') return;
  void load();
  void detail.refresh();
}, POLL_MS);
