import { h, replace } from '../../shared/dom.js';
import { customerNumber, practiceData } from '../practice-data.js';
import { addPractitioner, practitioners, quota, suggestedName } from '../practitioners.js';
import type { PageContext } from './page.js';

/**
 * The licence-quota case from the vendor's help page: an admin creates practitioners until the quota is used up,
 * and the app's warning offers to ask for more licences through the widget's billing form.
 */
export function practitionerSettings(context: PageContext): HTMLElement {
  const { orgId } = context.user;
  const root = h('section', { class: 'page', 'aria-labelledby': 'practitioners-title' });

  const requestLicences = (): void => {
    const used = practitioners(orgId).length;
    const limit = quota(orgId);
    context.widget.setContext({ page: 'Einstellungen › Behandler', licenses: { used, quota: limit } });
    context.widget.newRequest({
      category: 'billing',
      summary: 'Weitere Behandler-Lizenzen',
      description: `Unser Behandler-Kontingent ist ausgeschöpft (${used} von ${limit} Lizenzen genutzt). Wir möchten weitere Behandler anlegen und bitten um ein Angebot für zusätzliche Behandler-Lizenzen.`,
      // The behandler the user was about to add needs one more licence; the customer number is the one the app shows.
      fields: { topic: 'licences', licencesWanted: 1, customerNumber: customerNumber(orgId) },
    });
  };

  const warning = (): HTMLElement =>
    h(
      'div',
      { class: 'alert warning', role: 'alert' },
      h('h3', null, 'Behandler-Kontingent ausgeschöpft'),
      h('p', null, `Ihre Praxis hat alle ${quota(orgId)} Behandler-Lizenzen in Gebrauch. Für weitere Behandler benötigen Sie zusätzliche Lizenzen.`),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', onClick: requestLicences }, 'Weitere Lizenzen anfragen')),
    );

  const form = (): HTMLElement => {
    const name = h('input', { name: 'name', required: true, value: suggestedName(orgId), autocomplete: 'off' });
    const field = h('select', { name: 'field' }, practiceData(orgId).specialties.map((s) => h('option', null, s)));
    return h(
      'form',
      {
        class: 'card form-row',
        'aria-label': 'Neuer Behandler',
        onSubmit: (event: Event) => {
          event.preventDefault();
          if (!name.value.trim()) return name.focus();
          addPractitioner(orgId, { name: name.value.trim(), field: field.value });
          render(null, true);
        },
      },
      h('label', null, 'Name', name),
      h('label', null, 'Fachrichtung', field),
      h('button', { type: 'submit', class: 'btn' }, 'Speichern'),
      h('button', { type: 'button', class: 'btn secondary', onClick: () => render(null, true) }, 'Abbrechen'),
    );
  };

  /** `focus`: after the user's own action, focus goes to what they need next; never on the first render. */
  function render(panel: 'form' | 'warning' | null, focus: boolean): void {
    const list = practitioners(orgId);
    const limit = quota(orgId);
    const full = list.length >= limit;
    replace(
      root,
      h(
        'div',
        { class: 'page-head' },
        h(
          'div',
          { class: 'quota' },
          h('h2', { id: 'practitioners-title' }, 'Behandler'),
          h('p', { class: 'muted', id: 'quota-text' }, `${list.length} von ${limit} Behandler-Lizenzen genutzt`),
          h('div', { class: `quota-bar${full ? ' full' : ''}`, 'aria-hidden': 'true' }, h('span', { style: `width:${Math.min(100, (list.length / limit) * 100)}%` })),
        ),
        h('button', { type: 'button', class: 'btn', id: 'add-practitioner', onClick: () => render(full ? 'warning' : 'form', true) }, '+ Behandler anlegen'),
      ),
      panel === 'warning' && warning(),
      panel === 'form' && form(),
      h(
        'div',
        { class: 'card table-wrap' },
        h(
          'table',
          { class: 'data' },
          h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Fachrichtung'), h('th', null, 'Status'))),
          h('tbody', null, list.map((p) => h('tr', null, h('td', null, p.name), h('td', null, p.field), h('td', null, h('span', { class: 'status-pill' }, 'aktiv'))))),
        ),
      ),
    );
    if (focus) root.querySelector<HTMLElement>(panel === 'form' ? 'input[name="name"]' : panel === 'warning' ? '.alert .btn' : '#add-practitioner')?.focus();
  }

  render(null, false);
  return root;
}
