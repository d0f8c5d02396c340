import { h, replace } from '../../shared/dom.js';
import { practiceData, type Invoice } from '../practice-data.js';
import type { Page, PageContext } from './page.js';

const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

/** The failure the fake app runs into; its text goes into the bug report exactly as the user saw it. */
interface AppError {
  code: string;
  message: string;
  operation: string;
  operationId: string;
  occurredAt: string;
}

function fail(): AppError {
  return {
    code: 'ABR-5031',
    message: 'Zeitüberschreitung bei der Verbindung zum Datenannahme-Server. Die Abrechnungsdatei wurde nicht übermittelt.',
    operation: 'Sammelabrechnung senden',
    operationId: crypto.randomUUID().slice(0, 8).toUpperCase(),
    occurredAt: new Date().toISOString(),
  };
}

/** "Fehler melden": the error's facts become the widget context, its text the prefilled bug report. */
function reportError({ widget }: PageContext, error: AppError): void {
  widget.setContext({ page: 'Abrechnung', error });
  widget.newRequest({
    category: 'bug',
    summary: `Sammelabrechnung: Fehler ${error.code} beim Senden`,
    description: `Beim Senden der Sammelabrechnung erschien die Meldung:\n„Fehler ${error.code}: ${error.message}“\n\nVorgang: ${error.operationId}`,
  });
}

function invoiceTable(invoices: Invoice[]): HTMLElement {
  return h(
    'div',
    { class: 'card table-wrap' },
    h('h2', null, 'Rechnungen'),
    h(
      'table',
      { class: 'data' },
      h('thead', null, h('tr', null, h('th', null, 'Nummer'), h('th', null, 'Patient'), h('th', null, 'Datum'), h('th', null, 'Betrag'), h('th', null, 'Status'))),
      h(
        'tbody',
        null,
        invoices.map((i) =>
          h('tr', null, h('td', null, i.number), h('td', null, i.patient), h('td', null, i.date), h('td', null, euro.format(i.amount)), h('td', null, h('span', { class: 'status-pill' }, i.status))),
        ),
      ),
    ),
  );
}

export const billingPage: Page = {
  path: 'abrechnung',
  title: 'Abrechnung',
  launcher: false,
  render(context) {
    const { invoices } = practiceData(context.user.orgId);
    const outcome = h('div', { 'aria-live': 'polite' });
    const send: HTMLButtonElement = h('button', {
      type: 'button',
      class: 'btn',
      onClick: () => {
        send.disabled = true;
        send.textContent = 'Wird gesendet …';
        replace(outcome);
        // The pause makes the failure look like a real round trip rather than an instant canned message.
        window.setTimeout(() => {
          send.disabled = false;
          send.textContent = 'Sammelabrechnung senden';
          const error = fail();
          replace(
            outcome,
            h(
              'div',
              { class: 'alert error', role: 'alert' },
              h('h3', null, 'Die Sammelabrechnung konnte nicht gesendet werden.'),
              h('p', null, `Fehler ${error.code}: ${error.message}`),
              h('p', { class: 'muted' }, `Vorgang ${error.operationId}`),
              h(
                'div',
                { class: 'actions' },
                h('button', { type: 'button', class: 'btn secondary', onClick: () => send.click() }, 'Erneut versuchen'),
                h('button', { type: 'button', class: 'btn danger', onClick: () => reportError(context, error) }, 'Fehler melden'),
              ),
            ),
          );
        }, 700);
      },
    }, 'Sammelabrechnung senden');

    return h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-head' }, h('div', null, h('h1', null, 'Abrechnung'), h('p', { class: 'muted' }, 'Quartal 2/2025'))),
      h(
        'p',
        { class: 'alert warning demo-hint' },
        'Demo-Hinweis: Auf dieser Seite ist der schwebende Hilfe-Knopf des Widgets ausgeschaltet (init mit launcher: false). Die Hilfe öffnet hier nur über „Hilfe“ in der Kopfzeile.',
      ),
      h('div', { class: 'card' }, h('h2', null, 'Sammelabrechnung'), h('p', null, '23 Leistungen sind bereit zur Übermittlung an die Kostenträger.'), send, outcome),
      invoiceTable(invoices),
    );
  },
};
