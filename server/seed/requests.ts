import { SEED_USERS as U, SUPPORT_AGENT_NAME as AGENT } from './practices.js';
import type { SeedRequest } from './types.js';

const app = (pageUrl: string) => ({ pageUrl, appVersion: '24.3.1', locale: 'de-DE' });

/** Twenty requests in every status, most with replies from the support team. */
export const SEED_REQUESTS: SeedRequest[] = [
  {
    requestTypeKey: 'bug', createdBy: U.anna.id, daysAgo: 2,
    fields: { summary: 'Fehlermeldung „Termin konnte nicht gespeichert werden“ im Kalender', description: 'Beim Verschieben eines Termins per Drag & Drop erscheint die Meldung, der Termin bleibt an der alten Stelle.', errorMessage: 'Termin konnte nicht gespeichert werden (Code 409)', area: 'calendar', impact: 'practice' },
    context: app('https://app.medondo.example/kalender/woche'),
    events: [],
  },
  {
    requestTypeKey: 'billing', createdBy: U.anna.id, daysAgo: 5,
    fields: { summary: 'Zwei weitere Behandler-Lizenzen', description: 'Ab nächstem Monat kommen zwei neue Kolleginnen. Beim Anlegen erscheint die Warnung zum Behandler-Kontingent.', topic: 'licences', licencesWanted: '2' },
    events: [
      { hoursAfter: 3, kind: 'status', status: 'in_progress', author: AGENT },
      { hoursAfter: 4, kind: 'agent_comment', author: AGENT, body: 'Vielen Dank! Wir haben Ihr Kontingent vorbereitet. Bitte bestätigen Sie uns kurz, ab welchem Datum die Lizenzen gelten sollen.' },
      { hoursAfter: 4.1, kind: 'status', status: 'waiting_for_customer', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'support', createdBy: U.markus.id, daysAgo: 1,
    fields: { summary: 'Serientermine für Physiotherapie-Rezepte anlegen', description: 'Wie lege ich 6 Termine im Wochenabstand auf einmal an?', area: 'calendar', contactPreference: 'portal' },
    events: [{ hoursAfter: 2, kind: 'status', status: 'in_progress', author: AGENT }],
  },
  {
    requestTypeKey: 'bug', createdBy: U.markus.id, daysAgo: 12,
    fields: { summary: 'Rechnungsdruck schneidet Fußzeile ab', description: 'Beim Drucken von Privatrechnungen fehlt die Bankverbindung in der Fußzeile.', area: 'printing', impact: 'some' },
    events: [
      { hoursAfter: 5, kind: 'agent_comment', author: AGENT, body: 'Bitte prüfen Sie unter Drucken > Seitenränder, ob der untere Rand auf mindestens 15 mm steht.' },
      { hoursAfter: 5.1, kind: 'status', status: 'waiting_for_customer', author: AGENT },
      { hoursAfter: 20, kind: 'customer_comment', userId: U.markus.id, body: 'Das war es, jetzt passt alles. Danke!' },
      { hoursAfter: 22, kind: 'status', status: 'resolved', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'support', createdBy: U.sofia.id, daysAgo: 3,
    fields: { summary: 'Export der Patientenliste als CSV', description: 'Ich brauche eine Liste aller aktiven Patienten für den Serienbrief.', area: 'records' },
    events: [
      { hoursAfter: 1, kind: 'agent_comment', author: AGENT, body: 'Unter Patienten > Liste > Exportieren können Sie die gefilterte Liste als CSV speichern. Hilft Ihnen das weiter?' },
      { hoursAfter: 1.1, kind: 'status', status: 'waiting_for_customer', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'bug', createdBy: U.sofia.id, daysAgo: 30,
    fields: { summary: 'Login schlägt nach Passwortänderung fehl', description: 'Nach der Änderung des Passworts kam „Ungültige Zugangsdaten“.', errorMessage: 'Ungültige Zugangsdaten', area: 'login', impact: 'me' },
    events: [
      { hoursAfter: 2, kind: 'agent_comment', author: AGENT, body: 'Nach einer Passwortänderung müssen Sie sich auf allen Geräten neu einloggen. Bitte leeren Sie einmal den Browser-Cache.' },
      { hoursAfter: 30, kind: 'status', status: 'closed', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'billing', createdBy: U.markus.id, daysAgo: 20,
    fields: { summary: 'Rückfrage zur Rechnung RE-2024-1187', description: 'Auf der Rechnung sind 8 Lizenzen berechnet, wir haben aber nur 7 Behandler.', topic: 'invoice', invoiceNumber: 'RE-2024-1187' },
    events: [
      { hoursAfter: 6, kind: 'status', status: 'in_progress', author: AGENT },
      { hoursAfter: 26, kind: 'agent_comment', author: AGENT, body: 'Sie haben recht, eine Lizenz war doppelt erfasst. Die Gutschrift erhalten Sie mit der nächsten Rechnung.' },
      { hoursAfter: 26.1, kind: 'status', status: 'resolved', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'support', createdBy: U.anna.id, daysAgo: 45,
    fields: { summary: 'Zwei-Faktor-Anmeldung für alle Mitarbeitenden einrichten', area: 'login' },
    events: [
      { hoursAfter: 4, kind: 'agent_comment', author: AGENT, body: 'Unter Einstellungen > Sicherheit können Sie die Zwei-Faktor-Anmeldung für die ganze Praxis verpflichtend machen.' },
      { hoursAfter: 4.1, kind: 'status', status: 'resolved', author: AGENT },
      { hoursAfter: 100, kind: 'status', status: 'closed', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'bug', createdBy: U.anna.id, daysAgo: 8,
    fields: { summary: 'Patientendokumente lassen sich nicht öffnen', description: 'PDF-Befunde in der Patientenakte öffnen sich nicht, es passiert nichts.', area: 'records', impact: 'some', stepsToReproduce: '1. Patientenakte öffnen\n2. Dokumente\n3. Befund anklicken' },
    events: [
      { hoursAfter: 1, kind: 'status', status: 'in_progress', author: AGENT },
      { hoursAfter: 3, kind: 'agent_comment', author: AGENT, body: 'Wir konnten das nachstellen und arbeiten an einer Korrektur. Bis dahin hilft „Herunterladen“ statt „Öffnen“.' },
    ],
  },
  {
    requestTypeKey: 'support', createdBy: U.markus.id, daysAgo: 60,
    fields: { summary: 'Terminerinnerung per SMS aktivieren', area: 'calendar' },
    events: [
      { hoursAfter: 2, kind: 'agent_comment', author: AGENT, body: 'Die SMS-Erinnerung aktivieren Sie unter Einstellungen > Terminerinnerungen.' },
      { hoursAfter: 2.1, kind: 'status', status: 'closed', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'bug', createdBy: U.lena.id, daysAgo: 1,
    fields: { summary: 'Online-Terminbuchung zeigt keine freien Zeiten', description: 'Seit heute Morgen sehen Patienten in der Online-Buchung keine freien Termine mehr.', area: 'calendar', impact: 'practice', errorMessage: 'Keine freien Termine verfügbar' },
    context: app('https://app.medondo.example/einstellungen/online-buchung'),
    events: [],
  },
  {
    requestTypeKey: 'support', createdBy: U.lena.id, daysAgo: 4,
    fields: { summary: 'Behandlungsräume im Kalender anlegen', description: 'Wir haben einen neuen Raum für Gerätetraining.', area: 'settings', contactPreference: 'phone', phone: '+49 7531 123456' },
    events: [
      { hoursAfter: 2, kind: 'agent_comment', author: AGENT, body: 'Gern rufen wir Sie an. Passt Ihnen morgen um 10 Uhr?' },
      { hoursAfter: 2.1, kind: 'status', status: 'waiting_for_customer', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'billing', createdBy: U.jonas.id, daysAgo: 6,
    fields: { summary: 'Rechnungsadresse ändern', description: 'Unsere Praxis ist umgezogen: Seestraße 12, 78464 Konstanz.', topic: 'contract', customerNumber: 'K-10442' },
    events: [{ hoursAfter: 24, kind: 'status', status: 'in_progress', author: AGENT }],
  },
  {
    requestTypeKey: 'bug', createdBy: U.jonas.id, daysAgo: 15,
    fields: { summary: 'Heilmittelverordnung wird doppelt gedruckt', area: 'printing', impact: 'me' },
    events: [
      { hoursAfter: 8, kind: 'agent_comment', author: AGENT, body: 'Das lag an einem Druckertreiber. Bitte wählen Sie in den Druckeinstellungen „Einseitig“.' },
      { hoursAfter: 8.1, kind: 'status', status: 'resolved', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'support', createdBy: U.jonas.id, daysAgo: 40,
    fields: { summary: 'Patienten zusammenführen (Dublette)', area: 'records' },
    events: [
      { hoursAfter: 3, kind: 'agent_comment', author: AGENT, body: 'Unter Patienten > Dubletten können Sie die beiden Akten zusammenführen.' },
      { hoursAfter: 50, kind: 'status', status: 'closed', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'billing', createdBy: U.lena.id, daysAgo: 25,
    fields: { summary: 'Eine zusätzliche Behandler-Lizenz für Vertretung', topic: 'licences', licencesWanted: '1' },
    events: [
      { hoursAfter: 4, kind: 'agent_comment', author: AGENT, body: 'Die Lizenz ist freigeschaltet. Sie können den Behandler jetzt anlegen.' },
      { hoursAfter: 4.1, kind: 'status', status: 'resolved', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'support', createdBy: U.sofia.id, daysAgo: 0.2,
    fields: { summary: 'How do I switch the calendar to English?', description: 'Some of our staff prefer English menus.', area: 'settings' },
    context: { pageUrl: 'https://app.medondo.example/kalender/tag', appVersion: '24.3.1', locale: 'en-GB' },
    events: [],
  },
  {
    requestTypeKey: 'bug', createdBy: U.lena.id, daysAgo: 10,
    fields: { summary: 'DSGVO-Auskunft: Export bricht ab', description: 'Der Export der Patientendaten für eine Auskunft bricht bei 80 % ab.', errorMessage: 'Export fehlgeschlagen: Zeitüberschreitung', area: 'records', impact: 'me' },
    events: [
      { hoursAfter: 1, kind: 'status', status: 'in_progress', author: AGENT },
      { hoursAfter: 5, kind: 'agent_comment', author: AGENT, body: 'Können Sie uns sagen, wie viele Dokumente die Akte ungefähr enthält?' },
      { hoursAfter: 5.1, kind: 'status', status: 'waiting_for_customer', author: AGENT },
      { hoursAfter: 9, kind: 'customer_comment', userId: U.lena.id, body: 'Etwa 400 Dokumente, viele davon Scans.' },
      { hoursAfter: 12, kind: 'status', status: 'in_progress', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'billing', createdBy: U.anna.id, daysAgo: 90,
    fields: { summary: 'Jahresrechnung als PDF erneut zusenden', topic: 'invoice', invoiceNumber: 'RE-2023-0912' },
    events: [
      { hoursAfter: 2, kind: 'agent_comment', author: AGENT, body: 'Wir haben Ihnen die Rechnung erneut per E-Mail gesendet.' },
      { hoursAfter: 2.1, kind: 'status', status: 'closed', author: AGENT },
    ],
  },
  {
    requestTypeKey: 'support', createdBy: U.markus.id, daysAgo: 7,
    fields: { summary: 'Kalenderansicht für mehrere Behandler nebeneinander', area: 'calendar' },
    events: [
      { hoursAfter: 6, kind: 'agent_comment', author: AGENT, body: 'Wählen Sie oben rechts „Spalten: Behandler“. Dann sehen Sie alle Kalender nebeneinander.' },
      { hoursAfter: 6.1, kind: 'status', status: 'waiting_for_customer', author: AGENT },
    ],
  },
];
