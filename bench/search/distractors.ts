// Near-topic distractor articles for the search bench (issue #15): the real knowledge base padded to 2,000 or 10,000
// articles with generated ones in the same product areas and with the same words (Drucker, Rechnung, Termin,
// Passwort, Lizenz, Verordnung …), so that a distractor can outrank the right article. Each is about a sub-topic next
// to the real articles' — „Etiketten für Laborproben drucken“ beside „Etiketten und Formulare drucken“ — and none of
// them answers a labelled query: the sub-topics were written from the articles, not from the queries, and a sub-topic
// a real article covers (SMS-Guthaben, Wechselgeld, Praxisübergabe …) was left out. Mostly German, about one in
// eight in English. Deterministic for a given seed.
import type { ArticleSummary, Locale } from '../../src/api/contract';

/** Deterministic PRNG (mulberry32) so every run and every machine sees the same articles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Area {
  requestTypes: string[];
  /** Sub-topics as "object|action": the object a noun phrase, the action an infinitive. */
  topics: string[];
  /** The area's everyday words, for keywords and excerpts. */
  nouns: string[];
  menus: string[];
  errors: string[];
  /** Narrowings that fit the area, besides the common ones. */
  qualifiers: string[];
}

const list = (s: string) => s.split(';').map((x) => x.trim());

const DE: Area[] = [
  {
    requestTypes: ['support', 'bug'],
    topics: list(
      'Etiketten für Laborproben|drucken; Terminkarten für Patienten|drucken; Briefumschläge mit Sichtfenster|bedrucken; ' +
        'Druckränder für vorgedrucktes Briefpapier|einstellen; Barcode-Etiketten für Verordnungen|drucken; Wartemarken am Empfang|ausdrucken; ' +
        'Tagesplan des Behandlers|ausdrucken; Kassenbons auf dem Bondrucker|drucken; Druckvorlage für Überweisungsträger|anpassen; ' +
        'Doppelseitigen Druck|aktivieren; Papierschacht für Briefbögen|festlegen; Namensschilder für Mitarbeitende|drucken; ' +
        'Druckprotokoll der letzten Ausdrucke|anzeigen; Druckaufträge in der Warteschlange|abbrechen; Graustufendruck für Befunde|einstellen; ' +
        'Quittungsdrucker am Empfang|verbinden; Druckvorschau mit Wasserzeichen|aktivieren; Wochenplan des Kalenders|drucken',
    ),
    nouns: list('Druckauftrag; Druckvorschau; Papierformat; Druckprofil; Druckertreiber; Bondrucker; Ausdruck; Drucker; PDF; Skalierung; Etikett'),
    menus: list('Einstellungen > Drucken; Drucken > Profile; Einstellungen > Geräte > Drucker'),
    errors: list('Druckauftrag konnte nicht gesendet werden; Kein Druckprofil gewählt; Papierformat passt nicht zum Drucker; Druckvorschau nicht verfügbar'),
    qualifiers: list('im Querformat; auf A5; mit Barcode; in Farbe; für den Empfang'),
  },
  {
    requestTypes: ['billing', 'support'],
    topics: list(
      'Rechnungsnummernkreis|ändern; Ratenzahlung für eine Rechnung|vereinbaren; Rechnungen an die Beihilfestelle|übermitteln; ' +
        'Sammelrechnung pro Quartal|erstellen; Rechnungsvorlage für Privatpatienten|anpassen; Zahlungsziel auf Rechnungen|festlegen; ' +
        'Rabatt auf Selbstzahlerleistungen|gewähren; Rechnungen für Gutscheine|ausstellen; Teilzahlungen einer Rechnung|verbuchen; ' +
        'Abschlagsrechnung für Kurse|erstellen; Rechnungsempfänger bei Berufsgenossenschaften|hinterlegen; Kontoauszüge für den Zahlungsabgleich|importieren; ' +
        'Rechnungen in englischer Sprache|erstellen; E-Rechnung im XRechnung-Format|versenden; Skonto auf Rechnungen|ausweisen; ' +
        'Rechnungsentwürfe gesammelt|verwerfen; Umsatzsteuer für Wellness-Leistungen|ausweisen; Ausfallhonorar für versäumte Termine|berechnen; ' +
        'Gebührenziffern im Leistungskatalog|pflegen; Rechnungsversand per Post|beauftragen',
    ),
    nouns: list('Rechnung; Rechnungsnummer; Zahlungseingang; Leistungskatalog; Rechnungsentwurf; Zahlung; Privatpatient; Betrag; Zahlungsziel; Beihilfe; Abrechnung'),
    menus: list('Abrechnung > Rechnungen; Einstellungen > Abrechnung; Abrechnung > Zahlungen'),
    errors: list('Rechnungsnummer bereits vergeben; Zahlungsziel liegt in der Vergangenheit; Kein Rechnungsempfänger hinterlegt; Betrag darf nicht negativ sein'),
    qualifiers: list('für Privatpatienten; für Selbstzahler; für Berufsgenossenschaften; zum Quartalsende; am Monatsende'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Wartezimmerliste für den Tag|anzeigen; Gruppentermine für Kurse|planen; Pufferzeiten zwischen Terminen|einstellen; ' +
        'Feiertage im Kalender|hinterlegen; Terminarten mit Vorbereitungszeit|anlegen; Warteliste für kurzfristige Termine|führen; ' +
        'Raumbelegung für Geräte|planen; Termine eines Behandlers|umbuchen; Terminhistorie eines Patienten|einsehen; Hausbesuchstouren|planen; ' +
        'Kalender mit Outlook|synchronisieren; Terminbestätigung per Brief|versenden; Nicht erschienene Patienten|markieren; ' +
        'Doppelbuchungen im Kalender|verhindern; Termine für die Videosprechstunde|anlegen; Sprechzeiten für Notfälle|freihalten; ' +
        'Terminvorschläge per E-Mail|anbieten; Termine in der Vergangenheit|nachtragen',
    ),
    nouns: list('Termin; Kalender; Terminart; Behandlungstermin; Raum; Zeitfenster; Wartezimmer; Warteliste; Terminbuch; Behandler'),
    menus: list('Kalender > Einstellungen; Einstellungen > Terminarten; Kalender > Liste'),
    errors: list('Zeitfenster bereits belegt; Raum nicht verfügbar; Terminart nicht buchbar; Termin liegt außerhalb der Sprechzeiten'),
    qualifiers: list('in der Wochenansicht; nach Terminart; nach Raum; für Gruppentherapie; für Vertretungen'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Patientenfoto in der Akte|hinterlegen; Angehörige als Kontakt|verknüpfen; Verstorbene Patienten|kennzeichnen; Patientenakten|archivieren; ' +
        'Überweisenden Arzt beim Patienten|hinterlegen; Warnhinweise in der Patientenakte|anlegen; Allergien und Unverträglichkeiten|erfassen; ' +
        'Patientengruppen für Serienbriefe|bilden; Geburtstagsliste der Patienten|anzeigen; Patientennummern|vergeben; Versichertenstatus|aktualisieren; ' +
        'Patienten nach Diagnose|suchen; Datenschutzeinwilligung eines Patienten|widerrufen; Patientenstammdaten aus einer Altsoftware|importieren; ' +
        'Schweigepflichtentbindung|dokumentieren; Patientenmerkmale für Auswertungen|pflegen',
    ),
    nouns: list('Patient; Patientenakte; Stammdaten; Akte; Versicherung; Krankenkasse; Kontakt; Patientenliste; Geburtsdatum; Klient'),
    menus: list('Patienten > Liste; Patientenakte > Stammdaten; Einstellungen > Patienten'),
    errors: list('Patientennummer bereits vergeben; Pflichtfeld Geburtsdatum fehlt; Import abgebrochen: ungültiges Format; Keine Patienten gefunden'),
    qualifiers: list('für Kassenpatienten; für Kinder und Angehörige; für Selbstzahler; in der Zweigpraxis'),
  },
  {
    requestTypes: ['billing'],
    topics: list(
      'Zusatzmodul Videosprechstunde|buchen; Lizenz auf einen anderen Standort|übertragen; Testzugang für neue Module|aktivieren; ' +
        'Lizenzmodell von monatlich auf jährlich|umstellen; Lizenzübersicht als PDF|herunterladen; Preisliste der Zusatzmodule|anzeigen; ' +
        'Lizenz für das Heilpraktiker-Modul|erwerben; Rabatt für Praxisgemeinschaften|beantragen; Lizenzschlüssel für den Kartenleser-Dienst|eingeben; ' +
        'Vertragsunterlagen und AGB|einsehen; Speicherplatz für Dokumente|erweitern; Schulungspaket für neue Mitarbeitende|buchen; ' +
        'Modul Online-Kurse|freischalten; Lizenzen für Trainer im Reha-Sport|verwalten',
    ),
    nouns: list('Lizenz; Vertrag; Modul; Zusatzmodul; Lizenzgebühr; Kontingent; Vertragspartner; Abrechnungszeitraum; Paket; Behandler-Lizenz'),
    menus: list('Einstellungen > Lizenz & Abrechnung; Einstellungen > Module'),
    errors: list('Modul nicht lizenziert; Lizenzschlüssel ungültig; Speicherplatz erschöpft; Testzeitraum abgelaufen'),
    qualifiers: list('für Praxisgemeinschaften; pro Standort; für den Praxisverbund'),
  },
  {
    requestTypes: ['support', 'bug'],
    topics: list(
      'Passwortrichtlinie für alle Benutzer|festlegen; Anmeldung per Single Sign-on|einrichten; Anmeldeprotokoll der Praxis|einsehen; ' +
        'Benutzernamen|ändern; Anmeldung nur aus dem Praxisnetz|erlauben; Automatische Anmeldung am Empfangs-PC|einrichten; ' +
        'Sicherheitsfragen für das Benutzerkonto|hinterlegen; Anmeldung mit Hardware-Token|aktivieren; Aktive Sitzungen auf anderen Geräten|beenden; ' +
        'E-Mail-Adresse für die Anmeldung|ändern; Einladungslink für neue Benutzer|erneut senden; Gastzugang für Vertretungen|anlegen; ' +
        'Passwortschutz für PDF-Anhänge|festlegen; Kennwort-Manager im Browser|verwenden',
    ),
    nouns: list('Anmeldung; Passwort; Benutzerkonto; Zugangsdaten; Login; Benutzer; Sitzung; Kennwort; Sicherheit'),
    menus: list('Konto > Profil > Sicherheit; Einstellungen > Sicherheit; Einstellungen > Benutzer'),
    errors: list('Passwort entspricht nicht der Richtlinie; Einladungslink abgelaufen; Anmeldung aus diesem Netz nicht erlaubt; Token nicht erkannt'),
    qualifiers: list('für Administratoren; für alle Standorte; für Vertretungen'),
  },
  {
    requestTypes: ['support', 'bug'],
    topics: list(
      'Signaturpad am Empfang|anschließen; Scanner für Dokumente|einrichten; Zweiten Bildschirm für den Kalender|nutzen; ' +
        'Barcode-Scanner für Verordnungen|verbinden; Webcam für die Videosprechstunde|testen; Headset für die Telefonie|einrichten; ' +
        'Tablet im Kiosk-Modus|betreiben; Diktiergerät für Befunde|anschließen; Praxistelefonanlage mit medondo|verbinden; ' +
        'USB-Sticks mit Praxisdaten|verschlüsseln; Windows-Updates auf Praxisrechnern|planen; WLAN im Behandlungsraum|verbessern',
    ),
    nouns: list('Gerät; Treiber; USB; Tablet; Computer; Bildschirm; Anschluss; Geräte-Manager; Zusatzsoftware'),
    menus: list('Einstellungen > Geräte; Einstellungen > Geräte > Verbindung testen'),
    errors: list('Gerät nicht gefunden; Treiber fehlt; Verbindung unterbrochen; Zugriff auf Kamera verweigert'),
    qualifiers: list('am Empfang; im Behandlungsraum; unter macOS; unter Windows 11'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Terminstatistik als Diagramm|exportieren; Umsatzauswertung je Behandler|erstellen; Leistungsstatistik für das Quartal|auswerten; ' +
        'Offene-Posten-Liste|exportieren; Export für die Praxisbewertung|vorbereiten; Ausfallquote der Termine|auswerten; ' +
        'Kennzahlen im Dashboard|anpassen; Daten über die Schnittstelle im JSON-Format|abrufen; Auswertung der Online-Buchungen|anzeigen; ' +
        'Auslastung der Räume|auswerten; Berichte automatisch per E-Mail|versenden; Auswertung der Neupatienten je Monat|erstellen',
    ),
    nouns: list('Auswertung; Export; Statistik; Liste; Zeitraum; Filter; Excel; CSV; Bericht; Diagramm'),
    menus: list('Auswertungen > Berichte; Abrechnung > Auswertungen; Einstellungen > Schnittstellen'),
    errors: list('Zeitraum zu groß für den Export; Keine Daten im gewählten Zeitraum; Bericht konnte nicht erstellt werden'),
    qualifiers: list('je Standort; je Behandler; zum Jahresende; für das Quartal'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Folgeverordnung beim Arzt|anfordern; Verordnungsbestand in der Übersicht|filtern; Blankoverordnung für Physiotherapie|erfassen; ' +
        'Langfristigen Heilmittelbedarf|kennzeichnen; Verordnungen für Privatpatienten|erfassen; Unterbrechungsgründe einer Behandlungsserie|dokumentieren; ' +
        'Verordnungen an eine andere Praxis|übergeben; Genehmigung der Krankenkasse|beantragen; Hilfsmittelverordnungen|erfassen; ' +
        'Verordnungen für Reha-Sport|verwalten; Doppelbehandlungen auf einer Verordnung|planen',
    ),
    nouns: list('Verordnung; Rezept; Heilmittel; Krankenkasse; Diagnose; Behandlungsserie; Frist; Arzt; Kostenträger'),
    menus: list('Patientenakte > Verordnungen; Verordnungen > Übersicht'),
    errors: list('Genehmigung fehlt; Verordnung bereits übergeben; Kostenträger unbekannt'),
    qualifiers: list('für Ergotherapie; für Logopädie; für Podologie; für Hausbesuche'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Farben und Design der Oberfläche|anpassen; Sprache der Oberfläche|umstellen; Startseite nach der Anmeldung|festlegen; ' +
        'Standardwerte für neue Termine|einstellen; Hinweise und Benachrichtigungen in medondo|abschalten; Zeitzone und Datumsformat|einstellen; ' +
        'Leistungskatalog für Selbstzahler|pflegen; Dokumentkategorien|verwalten; Räume für die Terminplanung|anlegen; ' +
        'Pflichtfelder in Formularen|festlegen; Tastenkürzel in medondo|verwenden; Favoriten in der Navigation|anordnen',
    ),
    nouns: list('Einstellungen; Praxis; Ansicht; Standard; Administrator; Option; Oberfläche; Navigation'),
    menus: list('Einstellungen > Allgemein; Einstellungen > Praxis; Einstellungen > Darstellung'),
    errors: list('Einstellung konnte nicht übernommen werden; Nur für Administratoren verfügbar'),
    qualifiers: list('für alle Benutzer; für einzelne Standorte; für neue Mitarbeitende'),
  },
  {
    requestTypes: ['support', 'bug'],
    topics: list(
      'Telefonnotizen für Rückrufe|anlegen; Interne Nachrichten an Kollegen|senden; E-Mail-Signatur der Praxis|gestalten; ' +
        'Geburtstagsgrüße per E-Mail|versenden; Newsletter an Patienten|verschicken; Faxeingang digital|verwalten; ' +
        'Patientenportal für Nachrichten|freischalten; Chat mit Patienten|aktivieren; Sichere Nachrichten an überweisende Ärzte|senden; ' +
        'Abwesenheitsnotiz für das Praxispostfach|einrichten',
    ),
    nouns: list('E-Mail; Nachricht; Absender; Postfach; Empfänger; Kommunikation; Vorlage; Versand'),
    menus: list('Einstellungen > Kommunikation; Patientenakte > Kommunikation'),
    errors: list('Nachricht konnte nicht zugestellt werden; Postfach nicht erreichbar; Anhang zu groß'),
    qualifiers: list('für Neupatienten; in mehreren Sprachen; für alle Standorte'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Gutscheine am Empfang|verkaufen; Produktverkauf mit Lagerbestand|verwalten; Kassennachschau durch das Finanzamt|vorbereiten; ' +
        'Zweite Kasse für die Filiale|anlegen; Trinkgeldkasse|führen; Mehrwertsteuersätze im Kassenbuch|pflegen; ' +
        'Online-Zahlung per PayPal|anbieten; Kassenberechtigungen für Aushilfen|vergeben',
    ),
    nouns: list('Kasse; Kassenbuch; Zahlung; Beleg; Bargeld; Buchung; Betrag; Empfang'),
    menus: list('Kasse > Einstellungen; Kasse > Übersicht'),
    errors: list('Kasse ist gesperrt; Beleg bereits storniert; Steuersatz fehlt'),
    qualifiers: list('in der Filiale; am Wochenende; für Aushilfen'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Körperschema in der Befundung|nutzen; Messwerte und Verlaufskurven|erfassen; Übungsprogramme für Patienten|zusammenstellen; ' +
        'Fotos vorher und nachher|vergleichen; Spracheingabe für Notizen|nutzen; Behandlungsziele|festlegen; Abschlussbericht an den Kostenträger|senden; ' +
        'Assessments und Tests|auswerten; Dokumentationsvorlagen je Fachrichtung|auswählen; Gelenkmessungen nach Neutral-Null|dokumentieren',
    ),
    nouns: list('Dokumentation; Befund; Behandlung; Verlauf; Eintrag; Patientenakte; Therapie; Bericht'),
    menus: list('Patientenakte > Verlauf; Einstellungen > Dokumentation'),
    errors: list('Eintrag ist gesperrt; Vorlage nicht gefunden; Messwert außerhalb des Bereichs'),
    qualifiers: list('für Ergotherapie; für Logopädie; für Physiotherapie; am Tablet'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Datenschutzerklärung für die Praxis-Website|erstellen; Zugriffsprotokoll einer Patientenakte|einsehen; Datenpanne an die Aufsichtsbehörde|melden; ' +
        'Virenschutz auf Praxisrechnern|einrichten; Bildschirmsperre am Empfang|erzwingen; IP-Adressen der Praxis|freigeben; ' +
        'Notfallzugang für Administratoren|einrichten; Verzeichnis der Verarbeitungstätigkeiten|pflegen',
    ),
    nouns: list('Datenschutz; Sicherheit; Zugriff; Protokoll; Daten; Verschlüsselung; Administrator'),
    menus: list('Einstellungen > Datenschutz; Einstellungen > Sicherheit'),
    errors: list('Zugriff verweigert; Protokoll nicht verfügbar'),
    qualifiers: list('für alle Standorte; für Praxisgemeinschaften'),
  },
  {
    requestTypes: ['bug'],
    topics: list(
      'Ladezeiten im Kalender|verbessern; Darstellung bei hoher Bildschirmskalierung|korrigieren; Fehlermeldung beim Datei-Import|beheben; ' +
        'Abgeschnittene Tabellen in der Patientenliste|anzeigen; Langsame Suche in großen Patientenlisten|beschleunigen; ' +
        'Schriftarten in Briefen|reparieren; Doppelte Benachrichtigungen im Browser|abstellen; Verzögerte Synchronisation zwischen Arbeitsplätzen|beheben',
    ),
    nouns: list('Fehler; Browser; Ansicht; Ladezeit; Meldung; Arbeitsplatz; Anzeige'),
    menus: list('Hilfe > Systeminformationen; Einstellungen > Darstellung'),
    errors: list('Zeitüberschreitung beim Laden; Unbekannter Fehler; Import fehlgeschlagen'),
    qualifiers: list('unter Firefox; unter Safari; auf dem Tablet'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'Fernwartungssitzung für den Support|starten; Schulungsvideos|ansehen; Webinar zu neuen Funktionen|buchen; Vor-Ort-Schulung|vereinbaren; ' +
        'Funktionswunsch|einreichen; Testumgebung für Schulungen|anfordern',
    ),
    nouns: list('Support; Schulung; Anfrage; Hilfe; Portal; Funktion'),
    menus: list('Hilfe > Support; Hilfe > Schulungen'),
    errors: list('Fernwartung nicht freigegeben; Sitzungscode ungültig'),
    qualifiers: list('für neue Mitarbeitende; für das ganze Team'),
  },
];

const EN: Area[] = [
  {
    requestTypes: ['support', 'bug'],
    topics: list(
      'labels for lab samples|print; appointment cards|print; margins for letterhead|set; daily schedule|print; receipts on a receipt printer|print; double-sided printing|enable; print queue|clear; name badges for staff|print',
    ),
    nouns: list('print job; print preview; paper size; printer; printout; PDF'),
    menus: list('Settings > Printing; Settings > Devices > Printers'),
    errors: list('Print job could not be sent; Paper size does not match'),
    qualifiers: list('in landscape; with a barcode; at reception'),
  },
  {
    requestTypes: ['billing', 'support'],
    topics: list(
      'invoice number range|change; instalment plan for an invoice|set up; invoices to the insurer|send; discount on self-pay services|apply; payment terms on invoices|set; bank statements for matching|import; invoice drafts|discard; cancellation fee for missed appointments|charge',
    ),
    nouns: list('invoice; invoice number; payment; amount; private patient; billing'),
    menus: list('Billing > Invoices; Settings > Billing'),
    errors: list('Invoice number already in use; No invoice recipient'),
    qualifiers: list('for private patients; for self-payers; at month end'),
  },
  {
    requestTypes: ['support'],
    topics: list(
      'group sessions for courses|plan; buffer times between appointments|set; public holidays in the calendar|block; calendar with Outlook|sync; no-show patients|mark; waiting list for short-notice appointments|keep; video consultation appointments|create; appointments of a practitioner|move',
    ),
    nouns: list('appointment; calendar; appointment type; room; time slot; practitioner'),
    menus: list('Calendar > Settings; Settings > Appointment types'),
    errors: list('Time slot already taken; Room not available'),
    qualifiers: list('in the week view; per room; for home visits'),
  },
  {
    requestTypes: ['support'],
    topics: list('patient photo|add; relatives as contacts|link; patient records|archive; patients from old software|import; warnings in the patient record|add; allergies|record; deceased patients|flag'),
    nouns: list('patient; patient record; details; insurance; contact; client'),
    menus: list('Patients > List; Settings > Patients'),
    errors: list('Patient number already in use; Import cancelled'),
    qualifiers: list('for children; per location'),
  },
  {
    requestTypes: ['billing'],
    topics: list('video consultation add-on|book; licence to another location|transfer; licence overview as PDF|download; storage for documents|extend; trial of new modules|start; contract documents|view; billing cycle from monthly to yearly|switch'),
    nouns: list('licence; contract; module; add-on; quota; plan'),
    menus: list('Settings > Licence & Billing; Settings > Modules'),
    errors: list('Module not licensed; Trial expired'),
    qualifiers: list('per location; for group practices'),
  },
  {
    requestTypes: ['support', 'bug'],
    topics: list('password policy for all users|set; single sign-on|set up; login history|view; username|change; active sessions on other devices|end; invitation link for new users|resend; hardware token login|enable; login email address|change'),
    nouns: list('login; password; user account; credentials; user; session'),
    menus: list('Account > Profile > Security; Settings > Security'),
    errors: list('Password does not meet the policy; Invitation link expired'),
    qualifiers: list('for administrators; for all locations'),
  },
  {
    requestTypes: ['support'],
    topics: list('revenue report per practitioner|export; outstanding items list|export; reports by email|schedule; room utilisation|analyse; dashboard figures|customise; no-show rate|analyse; new patients per month|report'),
    nouns: list('report; export; statistics; list; period; Excel; CSV'),
    menus: list('Reports > Overview; Billing > Reports'),
    errors: list('Period too long for export; No data in this period'),
    qualifiers: list('per location; per quarter'),
  },
  {
    requestTypes: ['support', 'bug'],
    topics: list('remote support session|start; training session|book; tutorial videos|watch; slow calendar loading|fix; browser zoom|reset; interface language|change; feature request|submit; on-site training|arrange'),
    nouns: list('support; training; browser; display; help; settings'),
    menus: list('Help > Support; Settings > Display'),
    errors: list('Remote session not allowed; Unknown error'),
    qualifiers: list('for new staff; in Firefox'),
  },
];

const COMMON_DE = list(
  'pro Standort; für mehrere Behandler; im Praxisverbund; für Hausbesuche; in der Zweigpraxis; für Praktikanten; für Kurse; ' +
    'für Präventionskurse; für Selbstzahler; für Kassenpatienten; für Privatpatienten; am Tablet; im Team; für einzelne Benutzer; ' +
    'für Gruppentherapie; für Vertretungen; für neue Mitarbeitende; zum Jahreswechsel; nach einem Umzug; in der Ergotherapie; ' +
    'in der Logopädie; in der Testumgebung',
);
const COMMON_EN = list('for private patients; per location; for home visits; for several practitioners; for new staff; on the tablet; for courses; for locums');
const ROLES_DE = list('Administratoren; Mitarbeitenden am Empfang; Behandler; Praxisinhaber; Abrechnungskräfte; Therapeutinnen und Therapeuten');
const ROLES_EN = list('administrators; reception staff; practitioners; practice owners; billing staff');

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

interface Parts {
  object: string;
  action: string;
  qualifier: string;
  noun: string;
  noun2: string;
  menu: string;
  error: string;
  role: string;
}

const TITLES_DE = [
  (p: Parts) => `${capital(p.object)} ${p.action}`,
  (p: Parts) => `${capital(p.object)} ${p.qualifier} ${p.action}`,
  (p: Parts) => `Wie kann ich ${p.object} ${p.qualifier} ${p.action}?`,
  (p: Parts) => `${capital(p.object)} ${p.action}: häufige Fragen`,
  (p: Parts) => `${capital(p.object)} ${p.qualifier} ${p.action} – Schritt für Schritt`,
];
const OPENERS_DE = [
  (p: Parts) => `Hier erfahren Sie, wie Sie ${p.object} ${p.qualifier} ${p.action}.`,
  (p: Parts) => `In diesem Artikel: ${p.object} ${p.qualifier} ${p.action}, mit den häufigsten Stolperstellen.`,
  (p: Parts) => `Viele Praxen möchten ${p.object} ${p.qualifier} ${p.action}; das geht in wenigen Schritten.`,
];
const SENTENCES_DE = [
  (p: Parts) => `Öffnen Sie dazu ${p.menu} und wählen Sie den Bereich ${p.noun}.`,
  (p: Parts) => `Die Einstellung gilt für alle ${p.role} und lässt sich jederzeit wieder ändern.`,
  (p: Parts) => `Erscheint die Meldung „${p.error}“, prüfen Sie zuerst ${p.noun} und ${p.noun2}.`,
  (p: Parts) => `Nur ${p.role} mit dem passenden Recht dürfen ${p.object} ${p.action}.`,
  (p: Parts) => `Tipp: Legen Sie ${p.noun} vorab fest, dann geht es beim nächsten Mal schneller.`,
  (p: Parts) => `Änderungen an ${p.noun} wirken sich auch auf ${p.noun2} aus, bereits abgeschlossene Vorgänge bleiben unverändert.`,
];
const TITLES_EN = [
  (p: Parts) => `How to ${p.action} ${p.object}`,
  (p: Parts) => `How to ${p.action} ${p.object} ${p.qualifier}`,
  (p: Parts) => `Can I ${p.action} ${p.object} ${p.qualifier}?`,
  (p: Parts) => `${capital(p.object)}: ${p.action} – frequently asked questions`,
];
const OPENERS_EN = [
  (p: Parts) => `This article explains how to ${p.action} ${p.object} ${p.qualifier}.`,
  (p: Parts) => `Many practices want to ${p.action} ${p.object} ${p.qualifier}; it takes only a few steps.`,
];
const SENTENCES_EN = [
  (p: Parts) => `Open ${p.menu} and choose ${p.noun}.`,
  (p: Parts) => `The setting applies to all ${p.role} and can be changed at any time.`,
  (p: Parts) => `If you see "${p.error}", check the ${p.noun} and the ${p.noun2} first.`,
  (p: Parts) => `Only ${p.role} with the right permission can ${p.action} ${p.object}.`,
  (p: Parts) => `Tip: set up the ${p.noun} in advance to save time next time.`,
];

/** About one distractor in eight is in English, as in the real knowledge base. */
const ENGLISH_SHARE = 0.125;

/**
 * `count` distractor articles, deterministic for a given `seed`; titles are unique. Excerpts run 25–45 words, each
 * article has five keywords and the request types of its area.
 */
export function generateDistractors(count: number, seed = 42): ArticleSummary[] {
  const random = seededRandom(seed);
  const titles = new Set<string>();
  const articles: ArticleSummary[] = [];
  // Messages are drawn from a generator of their own, so that adding them left every other field as it was.
  const forMessages = seededRandom(seed + 1);
  for (let draws = 0; articles.length < count; draws++) {
    if (draws > 100 * count + 1000) throw new Error(`only ${articles.length} distinct distractors, ${count} asked for`);
    const locale: Locale = random() < ENGLISH_SHARE ? 'en' : 'de';
    const area = pick(random, locale === 'en' ? EN : DE);
    const [object, action] = pick(random, area.topics).split('|') as [string, string];
    const qualifiers = [...area.qualifiers, ...(locale === 'en' ? COMMON_EN : COMMON_DE)];
    const p: Parts = {
      object,
      action,
      qualifier: pick(random, qualifiers),
      noun: pick(random, area.nouns),
      noun2: pick(random, area.nouns),
      menu: pick(random, area.menus),
      error: pick(random, area.errors),
      role: pick(random, locale === 'en' ? ROLES_EN : ROLES_DE),
    };
    const title = pick(random, locale === 'en' ? TITLES_EN : TITLES_DE)(p);
    // A title already taken draws again: the combinations are many times the largest count asked for.
    if (titles.has(title)) continue;
    titles.add(title);
    // An opener, then the area's sentences in a shuffled order until 25–45 words.
    const sentences = [...(locale === 'en' ? SENTENCES_EN : SENTENCES_DE)];
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
    }
    let excerpt = '';
    for (const sentence of [pick(random, locale === 'en' ? OPENERS_EN : OPENERS_DE), ...sentences]) {
      const next = `${excerpt} ${sentence(p)}`.trim();
      if (wordCount(next) > 45) break;
      excerpt = next;
      if (wordCount(excerpt) >= 25 && random() < 0.5) break;
    }
    const extra = pick(random, area.nouns.filter((n) => n !== p.noun && n !== p.noun2));
    // Two quoted texts, as the real articles quote 1.95 on average: the area's error and a menu's label.
    const messages = [p.error, pick(forMessages, area.menus).split(' > ').pop()!];
    articles.push({
      id: `near-${String(articles.length + 1).padStart(5, '0')}`,
      title,
      excerpt,
      keywords: [capital(object), locale === 'en' ? `${action} ${object}` : `${object.split(' ')[0]} ${action}`, p.noun, p.noun2 === p.noun ? p.qualifier : p.noun2, extra],
      requestTypes: [...area.requestTypes],
      locale,
      updatedAt: '2025-01-01T00:00:00.000Z',
      messages,
    });
  }
  return articles;
}

/** The real articles plus near-topic distractors up to `size` articles in total. */
export function articleSet(real: readonly ArticleSummary[], size: number, seed = 42): ArticleSummary[] {
  return [...real, ...generateDistractors(Math.max(0, size - real.length), seed)];
}
