// Generated German distractor articles for the bench, in the shape the issue measured with: a title, five
// keywords and an excerpt of about 40 words. They share the everyday vocabulary of the real articles (verbs, generic
// nouns, and now and then Rechnung, Termin, Patient, …) but are about other topics, so the labels of the query set
// stay true while the engine has to rank the real answer above thousands of plausible neighbours. Compounds are
// formed freely, as in German, which gives a large vocabulary like a real knowledge base of that size.
import type { ArticleSummary } from '../../src/api/contract';

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

const words = (s: string) => s.split(' ');

// Topics of the distractors: none of them is the subject of a real article.
const TOPICS = words(
  'Laborbefund Impfung Wartezimmer Rezeption Telefonanlage Dienstplan Urlaubsplanung Inventar Materialbestellung ' +
    'Praxisbedarf Hygieneplan Röntgenbild Ultraschall Überweisung Hausbesuch Wartezeit Leistungskatalog Diagnose ' +
    'Anamnese Medikationsplan Allergie Impfpass Vorsorge Kostenvoranschlag Quartalsabschluss Budget Statistik ' +
    'Auswertung Warteliste Raumplanung Gerätewartung Sterilisation Schulung Fortbildung Aufgabenliste Notiz ' +
    'Telefonnotiz Faxeingang Scanner Unterschrift Signaturpad Kiosk Fragebogen Einwilligung Aufklärungsbogen ' +
    'Behandlungsplan Therapieplan Zahnschema Physiotherapie Massage Kursverwaltung Gutschein Mitgliedschaft ' +
    'Selbstzahler Beihilfe Zuzahlung Bonusheft Recall Wiedervorstellung Laborauftrag Probenversand Schnittstelle ' +
    'Synchronisation Kalenderfarbe Ressource Standort Filiale Mandant Dashboard Suchfilter Tabellenansicht ' +
    'Protokoll Archiv Arbeitsplatz Zeiterfassung Abwesenheit Vertretung Notfallplan Teambesprechung Wartung ' +
    'Rückruf Chatnachricht Videosprechstunde Telematik Heilpraktiker Ernährungsberatung Präventionskurs',
);
const MODIFIERS = words(
  'Labor Impf Praxis Patienten Behandlungs Material Raum Dienst Geräte Daten Kassen Privat Team Wartezimmer ' +
    'Dokumenten Befund Therapie Kurs Standort Benutzer Vorlagen Druck Export Import Notfall Hygiene Röntgen Kunden ' +
    'Leistungs Termin Quartals Monats Jahres Wochen Tages Zahlungs Konto Versand Sprach Farb Schrift Bild Ton ' +
    'Netzwerk Server Sicherheits System Fehler Status Aufgaben Team Schicht Urlaubs Abwesenheits Telefon',
);
const HEADS = words(
  'liste plan übersicht vorlage bericht einstellung verwaltung nummer status historie kategorie filter ansicht ' +
    'protokoll archiv profil gruppe modul assistent auswertung konto code datum zeitraum feld spalte eintrag ' +
    'kennzeichen hinweis meldung freigabe zuordnung regel quelle ziel format größe farbe symbol leiste fenster ' +
    'bereich ordner anhang kommentar vermerk zähler limit schwelle sperre',
);
const VERBS = words(
  'anlegen bearbeiten löschen drucken exportieren importieren einrichten verknüpfen freigeben sperren archivieren ' +
    'filtern sortieren zuordnen planen verschieben kopieren versenden prüfen erfassen anzeigen ändern aktivieren ' +
    'deaktivieren hochladen herunterladen synchronisieren konfigurieren zurücksetzen auswerten',
);
const ADJECTIVES = words(
  'neue offene abgeschlossene private gesetzliche wiederkehrende digitale automatische manuelle mehrere einzelne ' +
    'tägliche monatliche fehlende doppelte alte gesperrte freigegebene interne externe',
);
// Vocabulary of the real articles, mixed in sparingly so that those words have realistic document frequencies.
const SHARED = words(
  'Rechnung Termin Patient Patienten Drucker Passwort Lizenz Behandler Vorlage Export Einstellungen Benutzer ' +
    'Formular Dokument PDF E-Mail Kalender Fehler Sitzung Browser Konto Daten Praxis Abrechnung Krankenkasse SMS',
);
const FILLERS = words(
  'In der Übersicht können Sie außerdem festlegen wer Zugriff hat und welche Angaben angezeigt werden sollen ' +
    'Änderungen gelten sofort für alle Mitarbeitenden Ihrer Praxis dabei hilft ein Assistent Schritt für Schritt ' +
    'zusätzlich lassen sich Hinweise hinterlegen die beim nächsten Öffnen erscheinen',
);

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function compound(random: () => number): string {
  const head = pick(random, HEADS);
  const modifier = pick(random, MODIFIERS);
  const third = random() < 0.3 ? pick(random, MODIFIERS).toLowerCase() : '';
  return modifier + third + head;
}

function sentence(random: () => number, topic: string): string {
  const templates = [
    () => `${topic} ${pick(random, VERBS)}: ${pick(random, ADJECTIVES)} ${compound(random)} ${pick(random, VERBS)}.`,
    () => `Unter ${compound(random)} können Sie ${pick(random, ADJECTIVES)} ${pick(random, TOPICS)} ${pick(random, VERBS)}.`,
    () => `Die ${compound(random)} zeigt ${pick(random, ADJECTIVES)} ${pick(random, SHARED)} und ${compound(random)}.`,
    () => `${pick(random, FILLERS)} ${pick(random, FILLERS)} ${pick(random, FILLERS)} ${compound(random)}.`,
    () => `Wenn ${topic} fehlt, ${pick(random, VERBS)} Sie ${pick(random, ADJECTIVES)} ${pick(random, SHARED)} erneut.`,
  ];
  return pick(random, templates)();
}

/** `count` distractor articles, deterministic for a given `seed`. */
export function generateArticles(count: number, seed = 42): ArticleSummary[] {
  const random = seededRandom(seed);
  const articles: ArticleSummary[] = [];
  for (let i = 0; i < count; i++) {
    const topic = pick(random, TOPICS);
    const titles = [
      () => `${topic} ${pick(random, VERBS)}`,
      () => `${compound(random)} ${pick(random, VERBS)}`,
      () => `${pick(random, ADJECTIVES)} ${topic} ${pick(random, VERBS)}`,
      () => `${topic} in der ${compound(random)} ${pick(random, VERBS)}`,
      () => `Fehler bei ${topic}: ${compound(random)} ${pick(random, VERBS)}`,
    ];
    let excerpt = '';
    while (excerpt.split(' ').length < 36) excerpt += `${sentence(random, topic)} `;
    articles.push({
      id: `synth-${String(i + 1).padStart(5, '0')}`,
      title: pick(random, titles)(),
      excerpt: excerpt.trim(),
      keywords: [topic, compound(random), compound(random), pick(random, VERBS), random() < 0.4 ? pick(random, SHARED) : pick(random, TOPICS)],
      requestTypes: [pick(random, ['support', 'bug', 'billing'])],
      locale: 'de',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
  }
  return articles;
}

/** The real articles plus generated distractors up to `size` articles in total. */
export function articleSet(real: readonly ArticleSummary[], size: number, seed = 42): ArticleSummary[] {
  return [...real, ...generateArticles(Math.max(0, size - real.length), seed)];
}
