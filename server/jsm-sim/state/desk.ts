import { REQUEST_TYPES } from '../../seed/request-types.js';
import type { Localized } from '../types.js';

// The simulated desk's request types: names and texts are the SQLite seed's (the vendor's help page), so both demos
// read the same; fields, ids and options are the desk's own, as a JSM admin would have set them up.

/** `checkboxes` holds any number of its options; `user` is a user picker (an accountId). */
export type FieldKind = 'summary' | 'description' | 'text' | 'textarea' | 'option' | 'checkboxes' | 'number' | 'date' | 'datetime' | 'user' | 'organizations' | 'attachment';

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
  /** What JSM fills a hidden field with (FACTS §1 `presetValues`); none by default. */
  presetValues?: string[];
  options?: FieldOption[];
  /** Options shown as radio buttons: Jira's schema then says `string`, not `option` (the spec's getRequestTypeFields example). */
  radio?: true;
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

const option = (fieldId: string, name: Localized, options: [string, string, string][], kind: 'option' | 'checkboxes' = 'option'): DeskField => ({
  fieldId,
  kind,
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

/** The texts of the SQLite seed's request type (from the vendor's help page), so both backends show the same ones. */
function seedTexts(key: string): Pick<RequestType, 'name' | 'description' | 'helpText'> {
  const type = REQUEST_TYPES.find((t) => t.key === key);
  if (!type) throw new Error(`the seed has no request type ${key}`);
  return { name: type.name, description: type.description, helpText: type.helpText };
}

function medRequestTypes(withOrganizations: boolean): RequestType[] {
  const tail = withOrganizations ? [organizations, attachment] : [attachment];
  return [
    {
      id: '10',
      key: 'bug',
      ...seedTexts('bug'),
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
        option('customfield_10114', { de: 'Auf welchen Geräten tritt es auf?', en: 'On which devices does it happen?' }, [
          ['10213', 'PC oder Laptop', 'PC or laptop'],
          ['10214', 'Tablet', 'Tablet'],
          ['10215', 'Smartphone', 'Smartphone'],
        ], 'checkboxes'),
        ...tail,
      ],
    },
    {
      id: '11',
      key: 'support',
      ...seedTexts('support'),
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
      ...seedTexts('billing'),
      issueTypeId: '10005',
      groupIds: ['2'],
      fields: [
        summary,
        description({ de: 'Worum geht es genau?', en: 'What exactly is it about?' }),
        {
          ...option('customfield_10108', { de: 'Thema', en: 'Topic' }, [
            ['10230', 'Frage zu einer Rechnung', 'Question about an invoice'],
            ['10231', 'Weitere Behandler-Lizenzen', 'More practitioner licences'],
            ['10232', 'Vertrag ändern oder kündigen', 'Change or cancel the contract'],
            ['10233', 'Sonstiges', 'Other'],
          ]),
          radio: true,
        },
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
        { ...text('customfield_10112', 'Wunschtermin', 'Preferred date and time', 'text'), kind: 'datetime', required: true },
        // A people field, which the widget cannot fill: required, it keeps the type from being offered.
        { ...text('customfield_10115', 'Ansprechpartner', 'Contact person', 'text'), kind: 'user', required: true },
        ...tail,
      ],
    },
  ];
}

export function medDesk(withOrganizations: boolean, withoutAttachment: string[] = []): Desk {
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
    requestTypes: medRequestTypes(withOrganizations).map((rt) => (withoutAttachment.includes(rt.id) ? { ...rt, fields: rt.fields.filter((f) => f.kind !== 'attachment') } : rt)),
  };
}
