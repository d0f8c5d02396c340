import { LIMITS } from '../../src/api/contract.js';
import type { FieldDefinition, RequestTypeDefinition } from '../domain/request-types.js';

// Names, descriptions and help texts follow the vendor's help page (shared/seed/supportportal-de.txt).

const summary: FieldDefinition = {
  id: 'summary',
  label: { de: 'Zusammenfassung', en: 'Summary' },
  type: 'text',
  required: true,
  maxLength: LIMITS.summaryMaxLength,
  help: { de: 'Ein Satz, der Ihr Anliegen beschreibt.', en: 'One sentence that describes your request.' },
};

const description = (help: FieldDefinition['help']): FieldDefinition => ({
  id: 'description',
  label: { de: 'Beschreibung', en: 'Description' },
  type: 'textarea',
  required: false,
  maxLength: LIMITS.textMaxLength,
  help,
});

const area: FieldDefinition = {
  id: 'area',
  label: { de: 'Betroffener Bereich', en: 'Affected area' },
  type: 'select',
  required: false,
  options: [
    { value: 'login', label: { de: 'Anmeldung & Benutzerkonto', en: 'Sign-in & user account' } },
    { value: 'calendar', label: { de: 'Terminkalender', en: 'Appointment calendar' } },
    { value: 'records', label: { de: 'Patientenakte', en: 'Patient records' } },
    { value: 'billing', label: { de: 'Abrechnung & Rechnungen', en: 'Billing & invoices' } },
    { value: 'printing', label: { de: 'Drucken & Export', en: 'Printing & export' } },
    { value: 'settings', label: { de: 'Einstellungen & Behandler', en: 'Settings & practitioners' } },
    { value: 'other', label: { de: 'Sonstiges', en: 'Other' } },
  ],
};

const text = (id: string, de: string, en: string, maxLength: number = LIMITS.textMaxLength): FieldDefinition => ({
  id,
  label: { de, en },
  type: maxLength > 255 ? 'textarea' : 'text',
  required: false,
  maxLength,
});

export const REQUEST_TYPES: RequestTypeDefinition[] = [
  {
    id: 'rt-bug',
    key: 'bug',
    name: { de: 'Fehler melden', en: 'Report a problem' },
    description: {
      de: 'Sie haben eine Fehlermeldung erhalten oder stellen fest, dass sich die Anwendung nicht so verhält wie dokumentiert oder erwartet.',
      en: 'You received an error message, or the application does not behave as documented or expected.',
    },
    helpText: {
      de: 'Füllen Sie das Formular vollständig und detailliert aus. Schon beim Ausfüllen werden Ihnen Artikel vorgeschlagen, die womöglich schon die Antwort enthalten.',
      en: 'Please fill in the form completely and in detail. While you type, we suggest articles that may already contain the answer.',
    },
    fields: [
      summary,
      description({ de: 'Was ist passiert, und was hätten Sie erwartet?', en: 'What happened, and what did you expect?' }),
      { ...text('errorMessage', 'Genaue Fehlermeldung', 'Exact error message', 4000), help: { de: 'Kopieren Sie den Text der Meldung wörtlich hierher.', en: 'Copy the text of the message here word for word.' } },
      text('stepsToReproduce', 'Schritte zum Nachvollziehen', 'Steps to reproduce'),
      area,
      {
        id: 'impact',
        label: { de: 'Wer ist betroffen?', en: 'Who is affected?' },
        type: 'select',
        required: false,
        options: [
          { value: 'me', label: { de: 'Nur ich', en: 'Only me' } },
          { value: 'some', label: { de: 'Mehrere Benutzer', en: 'Several users' } },
          { value: 'practice', label: { de: 'Die ganze Praxis', en: 'The whole practice' } },
        ],
      },
      {
        id: 'devices',
        label: { de: 'Auf welchen Geräten tritt es auf?', en: 'On which devices does it happen?' },
        type: 'multiselect',
        required: false,
        options: [
          { value: 'pc', label: { de: 'PC oder Laptop', en: 'PC or laptop' } },
          { value: 'tablet', label: { de: 'Tablet', en: 'Tablet' } },
          { value: 'phone', label: { de: 'Smartphone', en: 'Smartphone' } },
        ],
      },
    ],
  },
  {
    id: 'rt-support',
    key: 'support',
    name: { de: 'Unterstützung zur Anwendung', en: 'Help with the application' },
    description: {
      de: 'Sie benötigen Unterstützung bei der Bedienung oder Konfiguration und können in der Hilfe keine passenden Einträge finden.',
      en: 'You need help using or configuring the application and cannot find a matching entry in the help.',
    },
    helpText: {
      de: 'Beschreiben Sie, was Sie erreichen möchten und was Sie bereits versucht haben.',
      en: 'Describe what you want to achieve and what you have already tried.',
    },
    fields: [
      summary,
      description({ de: 'Was möchten Sie erreichen?', en: 'What would you like to achieve?' }),
      area,
      text('alreadyTried', 'Was haben Sie bereits versucht?', 'What have you already tried?'),
      {
        id: 'contactPreference',
        label: { de: 'Bevorzugter Kontakt', en: 'Preferred contact' },
        type: 'select',
        required: false,
        options: [
          { value: 'portal', label: { de: 'Antwort im Supportportal', en: 'Reply in the support portal' } },
          { value: 'phone', label: { de: 'Rückruf', en: 'Call back' } },
        ],
      },
      {
        ...text('phone', 'Telefonnummer für Rückruf', 'Phone number for a call back', 50),
        visibleWhen: { field: 'contactPreference', equals: 'phone' },
        requiredWhen: { field: 'contactPreference', equals: 'phone' },
      },
    ],
  },
  {
    id: 'rt-billing',
    key: 'billing',
    name: { de: 'Fragen zu Lizenzierung und Rechnungen', en: 'Licensing and invoices' },
    description: {
      de: 'Sie haben Rückfragen zu einer Rechnung oder möchten z. B. mehr Lizenzen erwerben.',
      en: 'You have a question about an invoice or would like to buy more licences, for example.',
    },
    helpText: {
      de: 'Als Admin können Sie so viele (neue) Behandler anlegen, bis das Kontingent ausgeschöpft ist; es hängt von der Anzahl der erworbenen (Behandler-)Lizenzen ab. Für mehr Behandler geben Sie die gewünschte Anzahl zusätzlicher Lizenzen an.',
      en: 'As an admin you can create (new) practitioners until the quota is used up; it depends on the number of practitioner licences bought. For more practitioners, enter the number of additional licences you want.',
    },
    fields: [
      summary,
      description({ de: 'Worum geht es genau?', en: 'What exactly is it about?' }),
      {
        id: 'topic',
        label: { de: 'Thema', en: 'Topic' },
        type: 'select',
        required: false,
        options: [
          { value: 'invoice', label: { de: 'Frage zu einer Rechnung', en: 'Question about an invoice' } },
          { value: 'licences', label: { de: 'Weitere Behandler-Lizenzen', en: 'More practitioner licences' } },
          { value: 'contract', label: { de: 'Vertrag ändern oder kündigen', en: 'Change or cancel the contract' } },
          { value: 'other', label: { de: 'Sonstiges', en: 'Other' } },
        ],
      },
      { ...text('invoiceNumber', 'Rechnungsnummer', 'Invoice number', 50), visibleWhen: { field: 'topic', equals: 'invoice' } },
      {
        id: 'licencesWanted',
        label: { de: 'Gewünschte zusätzliche Behandler-Lizenzen', en: 'Additional practitioner licences wanted' },
        type: 'number',
        required: false,
        min: 1,
        max: 500,
        integer: true,
        visibleWhen: { field: 'topic', equals: 'licences' },
        requiredWhen: { field: 'topic', equals: 'licences' },
      },
      text('customerNumber', 'Kundennummer', 'Customer number', 50),
    ],
  },
];
