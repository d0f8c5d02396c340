import { h, replace } from '../../shared/dom.js';
import { practiceData, type Patient } from '../practice-data.js';
import type { Page } from './page.js';

function rows(patients: Patient[]): HTMLTableRowElement[] {
  return patients.map((p) => h('tr', null, h('td', null, h('strong', null, p.name)), h('td', null, p.born), h('td', null, p.insurance), h('td', null, p.lastVisit)));
}

export const patientsPage: Page = {
  path: 'patienten',
  title: 'Patienten',
  launcher: true,
  render({ user }) {
    const { patients } = practiceData(user.orgId);
    const body = h('tbody', null, rows(patients));
    const search = h('input', {
      type: 'search',
      placeholder: 'Name suchen …',
      'aria-label': 'Patienten suchen',
      onInput: () => {
        const q = search.value.trim().toLowerCase();
        replace(body, rows(patients.filter((p) => p.name.toLowerCase().includes(q))));
      },
    });
    return h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-head' }, h('div', null, h('h1', null, 'Patienten'), h('p', { class: 'muted' }, `${patients.length} Patienten`)), search),
      h(
        'div',
        { class: 'card table-wrap' },
        h('table', { class: 'data' }, h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Geburtsdatum'), h('th', null, 'Versicherung'), h('th', null, 'Letzter Besuch'))), body),
      ),
    );
  },
};
