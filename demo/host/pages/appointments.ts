import { h } from '../../shared/dom.js';
import { practiceData } from '../practice-data.js';
import type { Page } from './page.js';

const today = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

export const appointmentsPage: Page = {
  path: 'termine',
  title: 'Termine',
  launcher: true,
  render({ user }) {
    const { appointments } = practiceData(user.orgId);
    return h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-head' }, h('div', null, h('h1', null, 'Termine'), h('p', { class: 'muted' }, today)), h('button', { type: 'button', class: 'btn' }, '+ Neuer Termin')),
      h(
        'div',
        { class: 'schedule', role: 'list', 'aria-label': 'Termine heute' },
        appointments.map((a) =>
          h(
            'div',
            { class: 'slot', role: 'listitem' },
            h('time', null, a.time),
            h('div', null, h('div', { class: 'who' }, a.patient), h('div', { class: 'muted' }, a.practitioner)),
            h('span', { class: 'status-pill kind' }, a.kind),
          ),
        ),
      ),
    );
  },
};
