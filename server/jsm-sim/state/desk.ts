import type { Localized } from '../types.js';

// Request types copied from server/seed/request-types.ts so the simulated site stays fixed when the portal's seed changes.

export type FieldKind = 'summary' | 'description' | 'text' | 'textarea' | 'option' | 'number' | 'date' | 'organizations' | 'attachment';

export interface FieldOption {
  /** Jira option id; validValues[].value carries it, as on a real site. */
  id: string;
  /** The option's stored value: the German text the admin entered (the site's default language). */
  value: string;
  label: Localized;
}

export interface DeskField {
  fieldId: string;
  kind: FieldKind;
  name: Localized;
  description: Localized;
  required: boolean;
  visible: boolean;
  options?: FieldOption[];
}

export interface RequestType {
  id: string;
  key: string;
  name: Localized;
  description: Localized;
  helpText: Localized;
  issueTypeId: string;
  groupIds: string[];
  fields: DeskField[];
}

export interface Desk {
  id: string;
  projectId: string;
  projectKey: string;
  projectName: string;
  portalKey: string;
  customerIds: string[];
  organizationIds: string[];
  groups: { id: string; name: Localized }[];
  requestTypes: RequestType[];
}

const none: Localized = { de: '', en: '' };

export const ORGANIZATIONS_FIELD_ID = 'customfield_10002';
export const PARTICIPANTS_FIELD_ID = 'customfield_10001';
export const REQUEST_TYPE_FIELD_ID = 'customfield_10010';

const summary: DeskField = {
  fieldId: 'summary',
  kind: 'summary',
  name: { de: 'Zusammenfassung', en: 'Summary' },
  description: { de: 'Ein Satz, der Ihr Anliegen beschreibt.', en: 'One sentence that describes your request.' },
  required: true,
  visible: true,
};

const description = (help: Localized): DeskField => ({
  fieldId: 'description',
  kind: 'description',
  name: { de: 'Beschreibung', en: 'Description' },
  description: help,
  required: false,
  visible: true,
});

const text = (fieldId: string, de: string, en: string, kind: 'text' | 'textarea', help: Localized = none): DeskField => ({
  fieldId,
  kind,
  name: { de, en },
  description: help,
  required: false,
  visible: true,
});

const option = (fieldId: string, name: Localized, options: [string, string, string][]): DeskField => ({
  fieldId,
  kind: 'option',
  name,
  description: none,
  required: false,
  visible: true,
  options: options.map(([id, de, en]) => ({ id, value: de, label: { de, en } })),
});

const area = option('customfield_10103', { de: 'Betroffener Bereich', en: 'Affected area' }, [
  ['10200', 'Anmeldung & Benutzerkonto', 'Sign-in & user account'],
  ['10201', 'Terminkalender', 'Appointment calendar'],
  ['10202', 'Patientenakte', 'Patient records'],
  ['10203', 'Abrechnung & Rechnungen', 'Billing & invoices'],
  ['10204', 'Drucken & Export', 'Printing & export'],
  ['10205', 'Einstellungen & Behandler', 'Settings & practitioners'],
  ['10206', 'Sonstiges', 'Other'],
]);

const organizations: DeskField = {
  fieldId: ORGANIZATIONS_FIELD_ID,
  kind: 'organizations',
  name: { de: 'Organisationen', en: 'Organizations' },
  description: none,
  required: false,
  visible: false,
};

const attachment: DeskField = {
  fieldId: 'attachment',
  kind: 'attachment',
  name: { de: 'Anhang', en: 'Attachment' },
  description: none,
  required: false,
  visible: true,
};

function medRequestTypes(withOrganizations: boolean): RequestType[] {
  const tail = withOrganizations ? [organizations, attachment] : [attachment];
  return [
    {
      id: '10',
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
      issueTypeId: '10004',
      groupIds: ['1'],
      fields: [
        summary,
        description({ de: 'Was ist passiert, und was hätten Sie erwartet?', en: 'What happened, and what did you expect?' }),
        text('customfield_10101', 'Genaue Fehlermeldung', 'Exact error message', 'textarea', {
          de: 'Kopieren Sie den Text der Meldung wörtlich hierher.',
          en: 'Copy the text of the message here word for word.',
        }),
        text('customfield_10102', 'Schritte zum Nachvollziehen', 'Steps to reproduce', 'textarea'),
        area,
        option('customfield_10104', { de: 'Wer ist betroffen?', en: 'Who is affected?' }, [
          ['10210', 'Nur ich', 'Only me'],
          ['10211', 'Mehrere Benutzer', 'Several users'],
          ['10212', 'Die ganze Praxis', 'The whole practice'],
        ]),
        ...tail,
      ],
    },
    {
      id: '11',
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
      issueTypeId: '10005',
      groupIds: ['1'],
      fields: [
        summary,
        description({ de: 'Was möchten Sie erreichen?', en: 'What would you like to achieve?' }),
        area,
        text('customfield_10105', 'Was haben Sie bereits versucht?', 'What have you already tried?', 'textarea'),
        option('customfield_10106', { de: 'Bevorzugter Kontakt', en: 'Preferred contact' }, [
          ['10220', 'Antwort im Supportportal', 'Reply in the support portal'],
          ['10221', 'Rückruf', 'Call back'],
        ]),
        text('customfield_10107', 'Telefonnummer für Rückruf', 'Phone number for a call back', 'text'),
        ...tail,
      ],
    },
    {
      id: '12',
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
      issueTypeId: '10005',
      groupIds: ['2'],
      fields: [
        summary,
        description({ de: 'Worum geht es genau?', en: 'What exactly is it about?' }),
        option('customfield_10108', { de: 'Thema', en: 'Topic' }, [
          ['10230', 'Frage zu einer Rechnung', 'Question about an invoice'],
          ['10231', 'Weitere Behandler-Lizenzen', 'More practitioner licences'],
          ['10232', 'Vertrag ändern oder kündigen', 'Change or cancel the contract'],
          ['10233', 'Sonstiges', 'Other'],
        ]),
        text('customfield_10109', 'Rechnungsnummer', 'Invoice number', 'text'),
        { ...text('customfield_10110', 'Gewünschte zusätzliche Behandler-Lizenzen', 'Additional practitioner licences wanted', 'text'), kind: 'number' },
        text('customfield_10111', 'Kundennummer', 'Customer number', 'text'),
        ...tail,
      ],
    },
    {
      id: '13',
      key: 'appointment',
      name: { de: 'Schulungstermin anfragen', en: 'Request a training session' },
      description: { de: 'Sie möchten einen Schulungstermin vereinbaren.', en: 'You would like to book a training session.' },
      helpText: none,
      issueTypeId: '10005',
      groupIds: ['2'],
      fields: [
        summary,
        description({ de: 'Welche Themen soll die Schulung behandeln?', en: 'Which topics should the session cover?' }),
        { ...text('customfield_10112', 'Wunschtermin', 'Preferred date', 'text'), kind: 'date', required: true },
        ...tail,
      ],
    },
  ];
}

export function medDesk(withOrganizations: boolean): Desk {
  return {
    id: '1',
    projectId: '10000',
    projectKey: 'MED',
    projectName: 'medondo Support',
    portalKey: 'med',
    customerIds: [],
    organizationIds: [],
    groups: [
      { id: '1', name: { de: 'Anwendung', en: 'Application' } },
      { id: '2', name: { de: 'Vertrag & Rechnungen', en: 'Contract & invoices' } },
    ],
    requestTypes: medRequestTypes(withOrganizations),
  };
}
