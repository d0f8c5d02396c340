import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Locale } from '../../src/api/contract';
import { fold, umlautReading, verbReading } from '../../src/search/folding';
import { createArticleSearch, highlight, type SearchHit } from '../../src/search/index';
import { stem } from '../../src/search/stem';
import { createTermIds } from '../../src/search/term-ids';
import { scanWords } from '../../src/search/tokenize';

const article = (
  id: string,
  title: string,
  keywords: string[],
  excerpt: string,
  requestTypes: string[] = ['support'],
  locale: Locale = 'de',
): ArticleSummary => ({ id, title, keywords, excerpt, requestTypes, locale, updatedAt: '2025-01-01T00:00:00.000Z' });

// A small knowledge base with near neighbours for every topic, so that rankings are not trivially right.
const ARTICLES: ArticleSummary[] = [
  article('drucken-rechnung', 'Rechnungen drucken', ['Rechnung drucken', 'Druck', 'PDF', 'Sammeldruck'], 'Einzelne Rechnungen oder viele auf einmal als PDF erzeugen und ausdrucken.', ['support', 'billing']),
  article('drucken-drucker-einrichten', 'Drucker einrichten', ['Drucker', 'Druckdialog', 'Treiber'], 'Wenn der Druckdialog nicht erscheint oder der Drucker fehlt, richten Sie ihn so im Browser ein.'),
  article('drucken-etiketten', 'Etiketten drucken', ['Etiketten', 'Etikettendrucker', 'Aufkleber'], 'Patientenetiketten und Probenaufkleber auf dem Etikettendrucker ausgeben.'),
  article('rechnung-erstellen', 'Rechnung erstellen', ['Privatrechnung', 'GOÄ', 'Rechnung schreiben'], 'Eine Privatrechnung nach GOÄ aus den erfassten Leistungen erstellen.', ['billing']),
  article('rechnung-stornieren', 'Rechnung stornieren oder korrigieren', ['Storno', 'Gutschrift', 'Korrektur'], 'Eine fehlerhafte Rechnung stornieren und eine korrigierte Rechnung erzeugen.', ['billing']),
  article('lizenz-rechnung-fragen', 'Fragen zu Ihrer medondo-Rechnung', ['Rechnungsadresse', 'Vertrag'], 'Rechnungsadresse ändern und Fragen zur Abrechnung Ihrer Lizenzen.', ['billing']),
  article('geraete-kartenlesegeraet', 'Kartenlesegerät anschließen', ['Kartenleser', 'eGK', 'Versichertenkarte'], 'So verbinden Sie ein Kartenlesegerät mit medondo und lesen die Gesundheitskarte ein.', ['bug', 'support']),
  article('geraete-mobil', 'medondo auf mobilen Geräten nutzen', ['Tablet', 'Smartphone', 'iPad'], 'medondo läuft im Browser auf Tablets und Smartphones, ohne App.'),
  article('anmeldung-passwort-vergessen', 'Passwort vergessen', ['Kennwort', 'zurücksetzen', 'Login'], 'Ein neues Passwort über den Link in der E-Mail vergeben.'),
  article('anmeldung-passwort-vergessen-en', 'Forgot your password', ['password', 'reset', 'Login'], 'Set a new password with the link in the email.', ['support'], 'en'),
  article('anmeldung-zwei-faktor', 'Zwei-Faktor-Authentifizierung einrichten', ['2FA', 'Authenticator', 'Sicherheitscode'], 'Die Anmeldung zusätzlich mit einem Einmalcode aus einer App schützen.'),
  article('termine-serientermin', 'Serientermine anlegen', ['Terminserie', 'wöchentlich', 'wiederkehrender Termin'], 'Termine, die sich jede Woche oder jeden Monat wiederholen, als Serie anlegen.'),
  article('termine-anlegen', 'Termin im Kalender anlegen', ['Termin', 'Kalender', 'Behandlungstermin'], 'Einen neuen Termin für einen Patienten im Kalender eintragen.'),
  article('lizenz-weitere-erwerben', 'Weitere Behandler-Lizenzen erwerben', ['Lizenz kaufen', 'Behandler', 'Kontingent'], 'Zusätzliche Lizenzen für neue Behandler bestellen.', ['billing']),
  article('einstellungen-behandler-anlegen', 'Behandler anlegen', ['Behandler', 'Therapeut', 'Arzt'], 'Neue Behandler mit Arbeitszeiten und Kalender anlegen.', ['support']),
  article('fehler-weisse-seite', 'Seite bleibt weiß', ['leere Seite', 'Browser-Cache', 'lädt nicht'], 'Wenn medondo nur eine weiße Seite zeigt, hilft es meist, den Browser-Cache zu leeren.', ['bug']),
];

const engine = createArticleSearch(ARTICLES);
const ids = (query: string, options: { locale?: Locale; requestType?: string; limit?: number } = { locale: 'de' }) =>
  engine.search(query, options).map((hit) => hit.article.id);

describe('folding', () => {
  it('lower-cases and drops umlaut dots, accents and ß', () => {
    expect(fold('Gerät')).toBe('gerat');
    expect(fold('GERÄT')).toBe('gerat');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Crème brûlée')).toBe('creme brulee');
    // Decomposed input (as some keyboards produce) folds the same way.
    expect(fold('Gera\u0308t')).toBe('gerat');
  });

  it('folds Latin letters by table exactly as normalising the whole word would', () => {
    const normalised = (word: string) => word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
    for (let c = 0x80; c < 0x250; c++) {
      const letter = String.fromCharCode(c);
      for (const word of [letter, `Ä${letter}ß`, `${letter}\u0308`]) expect(fold(word), word).toBe(normalised(word));
    }
    expect(fold('ÄNDERUNGSSTRAẞE')).toBe('anderungsstrasse');
    expect(fold('Łódź')).toBe('łodz');
    expect(fold('Ελλάδα')).toBe('ελλαδα');
  });

  it('reads spelled-out umlauts and verb endings as alternatives', () => {
    expect(umlautReading('geraet')).toBe('gerat');
    expect(umlautReading('kuendigung')).toBe('kundigung');
    expect(umlautReading('drucker')).toBe('drucker');
    expect(verbReading('druckt')).toBe('druck');
    expect(verbReading('eingerichtet')).toBe('eingericht');
  });

  it('stems inflections onto one form', () => {
    expect(stem('rechnungen')).toBe(stem('rechnung'));
    expect(stem('drucker')).toBe(stem('drucken'));
    expect(stem(fold('Geräte'))).toBe(stem(fold('Gerät')));
    expect(stem('termine')).toBe('termin');
    // -em is a dative ending ("neuem" → "neu"), but not in "Problem": singular and plural must meet.
    expect(stem('neuem')).toBe(stem('neu'));
    for (const word of ['probleme', 'problemen', 'druckproblem']) expect(stem(word)).toMatch(/problem$/);
    expect(stem('systeme')).toBe(stem('system'));
  });

  it('finds "Gerät" whether typed as Gerät, Geraet or gerat', () => {
    for (const query of ['Kartenlesegerät', 'Kartenlesegeraet', 'kartenlesegerat', 'KARTENLESEGERAET']) {
      expect(ids(query)[0], query).toBe('geraete-kartenlesegeraet');
    }
    for (const query of ['mobile Geräte', 'mobile Geraete', 'mobile gerate']) expect(ids(query)[0], query).toBe('geraete-mobil');
  });

  it('finds articles that spell umlauts out when the user types them', () => {
    const spelledOut = createArticleSearch([
      ...ARTICLES,
      article('spelled', 'Geraete verwalten', ['Inventar'], 'Liste der Geraete der Praxis.'),
    ]);
    expect(spelledOut.search('Geräte verwalten', { locale: 'de' })[0]?.article.id).toBe('spelled');
  });
});

describe('scanning', () => {
  const scan = (text: string) => {
    const words: Array<[string, number, number]> = [];
    scanWords(text, (start, end, hash, check) => words.push([text.slice(start, end), hash, check]));
    return words;
  };

  it('cuts words at everything but letters, digits and inner hyphens', () => {
    expect(scan('E-Mail an Kasse-, „Größe“ 2x–3x ñandú')).toEqual([
      ['E-Mail', expect.any(Number), expect.any(Number)],
      ['an', expect.any(Number), expect.any(Number)],
      ['Kasse', expect.any(Number), expect.any(Number)],
      ['Größe', expect.any(Number), expect.any(Number)],
      ['2x', expect.any(Number), expect.any(Number)],
      ['3x', expect.any(Number), expect.any(Number)],
      ['ñandú', expect.any(Number), expect.any(Number)],
    ]);
  });

  it('hashes a word the same in any Latin-1 case and differently from other words', () => {
    const [[, hash, check]] = scan('änderung') as [[string, number, number]];
    expect(scan('ÄNDERUNG')[0]?.slice(1)).toEqual([hash, check]);
    expect(scan('Änderung')[0]?.slice(1)).toEqual([hash, check]);
    expect(scan('anderung')[0]?.slice(1)).not.toEqual([hash, check]);
  });
});

describe('term ids', () => {
  it('numbers terms in order of first appearance, also across the table growing', () => {
    const vocabulary = createTermIds();
    const terms = Array.from({ length: 10_000 }, (_, i) => `t${i.toString(36)}`);
    expect(terms.map(vocabulary.add)).toEqual(terms.map((_, i) => i));
    expect(terms.map(vocabulary.add)).toEqual(terms.map((_, i) => i));
    expect(vocabulary.idOf('t0')).toBe(0);
    expect(vocabulary.idOf(terms[9_999]!)).toBe(9_999);
    expect(vocabulary.idOf('unbekannt')).toBe(-1);
    expect(vocabulary.terms).toEqual(terms);
  });
});

describe('ranking', () => {
  it('finds the invoice-printing article despite a typo', () => {
    expect(ids('Rechnugn drucken')[0]).toBe('drucken-rechnung');
    expect(ids('Rechnugn')).toContain('drucken-rechnung');
    expect(ids('Druker einrichten')[0]).toBe('drucken-drucker-einrichten');
  });

  it('reads a typo as the likeliest word, not as a rarer word just as near', () => {
    // "anlgen" is one typo from both "anlegen" (in many articles) and the rarer "angelegt" (in one, beside "Termin").
    const duplicate = article('duplicate', 'Doppelt angelegt: Akten zusammenführen', ['Dublette', 'Termin'], 'Termine übernehmen.');
    const kb = createArticleSearch([...ARTICLES, duplicate]);
    expect(kb.search('Termin anlgen', { locale: 'de' })[0]?.article.id).toBe('termine-anlegen');
  });

  it('does not depend on word order', () => {
    expect(ids('drucken Rechnungen')).toEqual(ids('Rechnungen drucken'));
    expect(ids('drucken Rechnungen')[0]).toBe('drucken-rechnung');
    expect(ids('stornieren Rechnung')[0]).toBe('rechnung-stornieren');
  });

  it('treats the last word as unfinished', () => {
    expect(ids('Rechnung storn')[0]).toBe('rechnung-stornieren');
    expect(ids('Serienter')[0]).toBe('termine-serientermin');
    expect(ids('Kartenles')[0]).toBe('geraete-kartenlesegeraet');
    // Every prefix of a word being typed keeps the article in view once it is recognisable.
    const typed = 'Etiketten';
    for (let i = 4; i <= typed.length; i++) expect(ids(typed.slice(0, i)), typed.slice(0, i)).toContain('drucken-etiketten');
  });

  it('finds the relevant article for a long colloquial description', () => {
    const description = 'Ich muss für einen Patienten eine Rechnung nochmal ausdrucken, wie geht das?';
    expect(description.length).toBeGreaterThan(60);
    expect(ids(description).slice(0, 5)).toContain('drucken-rechnung');
    expect(ids('Wir haben einen neuen Drucker bekommen und der muss jetzt noch eingerichtet werden')[0]).toBe(
      'drucken-drucker-einrichten',
    );
    expect(ids('Nach dem Einloggen sehe ich nur eine komplett weiße Seite und sonst gar nichts')[0]).toBe('fehler-weisse-seite');
  });

  it('matches parts of compounds both ways', () => {
    // The query word sits inside an article's compound, and a typed compound is taken apart.
    expect(ids('wiederkehrender Serientermin')[0]).toBe('termine-serientermin');
    expect(ids('Etikettendrucker einrichten')).toContain('drucken-etiketten');
    expect(ids('Behandlerlizenz')[0]).toBe('lizenz-weitere-erwerben');
    expect(ids('Rechnungsdruck')[0]).toBe('drucken-rechnung');
    expect(ids('Passwortvergessen ')[0]).toBe('anmeldung-passwort-vergessen');
  });

  it('boosts the requested request type without hiding the others', () => {
    // Both articles are about practitioners; only the licence one is a billing article.
    expect(ids('Behandler', { locale: 'de' }).slice(0, 2)).toEqual(['einstellungen-behandler-anlegen', 'lizenz-weitere-erwerben']);
    expect(ids('Behandler', { locale: 'de', requestType: 'billing' }).slice(0, 2)).toEqual([
      'lizenz-weitere-erwerben',
      'einstellungen-behandler-anlegen',
    ]);
    // A boost, not a filter: a strong match of another type still wins.
    expect(ids('Behandler anlegen', { locale: 'de', requestType: 'billing' })[0]).toBe('einstellungen-behandler-anlegen');
  });

  it('prefers the user’s locale and falls back to others', () => {
    expect(ids('Login', { locale: 'en' })[0]).toBe('anmeldung-passwort-vergessen-en');
    expect(ids('Login', { locale: 'de' })[0]).toBe('anmeldung-passwort-vergessen');
    expect(ids('Zwei-Faktor', { locale: 'en' })[0]).toBe('anmeldung-zwei-faktor');
    const hidden = createArticleSearch(ARTICLES, { otherLocaleFactor: 0 });
    expect(hidden.search('Login', { locale: 'en' }).map((h) => h.article.locale)).toEqual(['en']);
  });

  it('keeps the article about one keyword in view when others mention every keyword in passing', () => {
    // Six articles name both keywords somewhere; the one about templates does not mention its settings page.
    const topics = ['Raumplanung', 'Dienstplan', 'Inventar', 'Wartezimmer', 'Telefonanlage', 'Hygieneplan'];
    const passing = topics.map((topic, i) =>
      article(`passing-${i}`, `${topic} verwalten`, [topic, 'Einstellungen'], 'Eine Vorlage für offene Einträge.'),
    );
    const templates = article(
      'templates',
      'Briefvorlagen bearbeiten',
      ['Vorlage', 'Briefvorlage', 'Textvorlage'],
      'Passen Sie Vorlagen mit Platzhaltern an.',
    );
    const kb = createArticleSearch([...ARTICLES, templates, ...passing]);
    const found = (query: string) => kb.search(query, { locale: 'de' }).map((hit) => hit.article.id);
    for (const query of ['Vorlagen Einstellungen', 'Einstellungen Vorlagen ']) {
      expect(found(query), query).toHaveLength(5);
      expect(found(query).slice(0, 4).every((id) => id.startsWith('passing-')), query).toBe(true);
      expect(found(query)[4], query).toBe('templates');
    }
    // A description's single words mean little on their own: its hits are those matching most of it.
    expect(found('Vorlagen Einstellungen offene Einträge verwalten ')).not.toContain('templates');
    // Nor does the rule bring back an article the options hide.
    const english = article('templates-en', 'Vorlagen', ['Vorlage', 'Vorlagen'], 'Vorlagen.', ['support'], 'en');
    const withEnglish = (otherLocaleFactor?: number) =>
      createArticleSearch([...ARTICLES, english, ...passing], { otherLocaleFactor })
        .search('Vorlagen Einstellungen', { locale: 'de' })
        .map((hit) => hit.article.id);
    expect(withEnglish()[4]).toBe('templates-en');
    expect(withEnglish(0)).not.toContain('templates-en');
    // The strongest match for a keyword is one for the word itself, not for a part of it: "Passen" is no password.
    const guarded = ['Konto', 'Benutzer', 'Praxis', 'Team', 'Zugang', 'Sicherheit'].map((topic, i) =>
      article(`guarded-${i}`, `${topic} schützen`, [topic, 'Passwort'], `Das Passwort für ${topic} ändern.`),
    );
    const fitting = article('fitting', 'Ansicht anpassen', ['Spalten'], 'Passen Sie die Spalten an.');
    const others = ['Rechnung drucken', 'Termin anlegen', 'Drucker einrichten', 'Konto gesperrt'].map((title, i) =>
      article(`other-${i}`, title, [title], `${title} erklärt.`),
    );
    const forgotten = article('forgotten', 'Passwort vergessen', ['Kennwort', 'Login'], 'Ein neues Passwort vergeben.');
    const passwords = createArticleSearch([forgotten, ...guarded, fitting, ...others]).search('Passwort vergessen', {
      locale: 'de',
    });
    expect(passwords).toHaveLength(5);
    expect(passwords.map((hit) => hit.article.id)).not.toContain('fitting');
  });

  it('shows one of a family of variant articles and makes room for other answers', () => {
    // Eight variants of the general article's topic ("Etiketten drucken").
    const settings = ['in Farbe', 'im Querformat', 'auf A5', 'für den Empfang', 'mit Barcode', 'am Tablet', 'im Team', 'für Kurse'];
    const variants = settings.map((setting, i) =>
      article(`labels-${i}`, `Etiketten für Laborproben ${setting} drucken`, ['Etiketten drucken', 'Etikett', 'Laborprobe'], `Etiketten für Laborproben ${setting} drucken: Etiketten wählen, Etiketten drucken.`),
    );
    const kb = createArticleSearch([...ARTICLES, ...variants]);
    const found = (query: string) => kb.search(query, { locale: 'de' }).map((hit) => hit.article.id);
    const hits = found('Etiketten drucken');
    expect(hits).toHaveLength(5);
    // The general article leads. Its variants only fill places no other article wants: the articles sharing just
    // "drucken" with them come first, though they match the query far more weakly.
    expect(hits[0]).toBe('drucken-etiketten');
    const rest = hits.slice(1).map((id) => id.startsWith('labels-'));
    expect(rest).toContain(false);
    expect(rest.indexOf(true)).toBeGreaterThan(rest.lastIndexOf(false));
    // A list that only variants answer still fills up with them.
    expect(found('Laborproben')).toHaveLength(5);
  });

  it('reads a separable verb\'s zu-infinitive as the verb', () => {
    const titled = (id: string, title: string) => article(id, title, [], 'Kurz erklärt.');
    const kb = createArticleSearch([
      titled('anlegen', 'Befund anlegen'),
      titled('ansehen', 'Befund ansehen'),
      titled('drucken', 'Befund ausdrucken'),
    ]);
    const top = (query: string) => kb.search(query, { locale: 'de' })[0]!;
    for (const [verb, infinitive] of [['anlegen', 'anzulegen'], ['ausdrucken', 'auszudrucken']] as const) {
      expect(top(`Befund ${infinitive}`).article.id).toBe(top(`Befund ${verb}`).article.id);
      expect(top(`Befund ${infinitive}`).score).toBeCloseTo(top(`Befund ${verb}`).score);
    }
  });

  it('reads words written apart as the compound an article has, in either order', () => {
    // The same text but for the compound: it must count as both words, not as two parts of broader terms.
    const compound = article('compound', 'Notizen', ['Notizen'], 'Verlaufseintrag festhalten.');
    const apart = article('apart', 'Notizen', ['Notizen'], 'Eintrag im Verlauf festhalten.');
    const kb = createArticleSearch([apart, compound]);
    for (const query of ['Eintrag Verlauf', 'Verlauf Eintrag', 'Eintrag im Verlauf', 'Eintrg im Verlauf', 'Eintrag Verlaf ']) {
      expect(kb.search(query, { locale: 'de' })[0]?.article.id, query).toBe('compound');
    }
    // Also where no article has the words on their own, only inside compounds.
    const decoy = article('decoy', 'Verlaufsansicht', ['Eintragsliste'], 'Notizen.');
    expect(createArticleSearch([decoy, compound]).search('Eintrag Verlauf ', { locale: 'de' })[0]?.article.id).toBe('compound');
  });

  it('lets a phrase of the table reach the compounds of what it stands for', () => {
    const problems = article('problems', 'Drucker einrichten', ['Druckprobleme'], 'Den Drucker im Browser einrichten.');
    const plain = article('plain', 'Drucker einrichten', ['Druckerauswahl'], 'Den Drucker im Browser einrichten.');
    const hits = createArticleSearch([plain, problems]).search('Drucker geht nicht', { locale: 'de' });
    expect(hits.map((hit) => hit.article.id)).toEqual(['problems', 'plain']);
  });

  it('finds the article that quotes a pasted message', () => {
    const quoting = { ...article('verlauf', 'Behandlungsdokumentation', ['Dokumentation', 'SOAP'], 'Halten Sie fest, was in der Behandlung gemacht wurde.'), messages: ['Dieser Eintrag ist abgeschlossen. Bitte erstellen Sie einen Nachtrag.'] };
    const others = ['Termin', 'Rechnung', 'Befund'].map((topic, i) =>
      article(`other-${i}`, `${topic}eintrag korrigieren`, [topic, 'Eintrag'], `Einen ${topic}eintrag nachträglich korrigieren, wenn etwas falsch ist.`),
    );
    const kb = createArticleSearch([...ARTICLES, ...others, quoting]);
    const pasted = 'Ich will einen Eintrag von gestern korrigieren, aber es kommt „Dieser Eintrag ist abgeschlossen. Bitte erstellen Sie einen Nachtrag.“';
    expect(kb.search(pasted, { locale: 'de' })[0]?.article.id).toBe('verlauf');
    // Without its messages the article is not found first: they are what finds it.
    const unquoted = createArticleSearch([...ARTICLES, ...others, { ...quoting, messages: undefined }]);
    expect(unquoted.search(pasted, { locale: 'de' })[0]?.article.id).not.toBe('verlauf');
  });

  it('respects the limit', () => {
    expect(ids('Rechnung', { limit: 2 })).toHaveLength(2);
    expect(ids('Rechnung', { limit: 0 })).toEqual([]);
  });
});

describe('highlight', () => {
  const hitFor = (query: string, id: string): SearchHit => {
    const hit = engine.search(query, { locale: 'de', limit: 10 }).find((h) => h.article.id === id);
    if (!hit) throw new Error(`${id} not found for ${query}`);
    return hit;
  };

  it('marks the words through which an article matched, typos and umlauts included', () => {
    const hit = hitFor('Rechnugn drucken', 'drucken-rechnung');
    expect(highlight(hit.article.title, hit)).toEqual([
      { text: 'Rechnungen', match: true },
      { text: ' ', match: false },
      { text: 'drucken', match: true },
    ]);
    const device = hitFor('Kartenlesegeraet', 'geraete-kartenlesegeraet');
    expect(highlight(device.article.title, device)).toEqual([
      { text: 'Kartenlesegerät', match: true },
      { text: ' anschließen', match: false },
    ]);
  });

  it('gives back the text unchanged when the segments are joined', () => {
    const hit = hitFor('Rechnung stornieren', 'rechnung-stornieren');
    const segments = highlight(hit.article.excerpt, hit);
    expect(segments.map((s) => s.text).join('')).toBe(hit.article.excerpt);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Rechnung', 'stornieren', 'Rechnung']);
    expect(highlight('', hit)).toEqual([]);
    expect(highlight('<b>nichts</b>', hit)).toEqual([{ text: '<b>nichts</b>', match: false }]);
  });
});

describe('robustness', () => {
  it('returns nothing for empty input and stop words only', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('?!,.')).toEqual([]);
    expect(ids('und die der ')).toEqual([]);
    expect(ids('wie kann ich das ')).toEqual([]);
    expect(() => ids('und die der')).not.toThrow();
  });

  it('copes with an empty knowledge base', () => {
    expect(createArticleSearch([]).search('Rechnung')).toEqual([]);
  });

  it('handles 100 KB of pasted text quickly', () => {
    const words = ['Rechnung', 'drucken', 'Fehler', 'xyzzy', 'Protokoll', '1234', 'ÄÖÜß', 'E-Mail', 'a'.repeat(80)];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += `${words[(i * 7) % words.length]} `;
    const start = performance.now();
    const hits = engine.search(text, { locale: 'de' });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits.map((h) => h.article.id)).toContain('drucken-rechnung');
    expect(() => engine.search('x'.repeat(100_000))).not.toThrow();
    expect(() => engine.search('🙂'.repeat(50_000))).not.toThrow();
  });
});
