import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/api/contract';
import { buildArticleSearch, createArticleSearch } from '../../src/search/index';
import { finish } from '../../src/search/steps';
import { BUILT_IN_SYNONYM_INDEX } from '../../src/search/synonym-index';
import { SYNONYM_TABLE } from '../../src/search/synonym-table';
import { indexingSynonyms, parseSynonymTable, readingSynonymIndex, synonymsOf } from '../../src/search/synonyms';
import { termsOf } from '../../src/search/tokenize';

const article = (id: string, title: string, keywords: string[], excerpt: string, extra: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id, title, keywords, excerpt, requestTypes: ['support'], locale: 'de', updatedAt: '2025-01-01T00:00:00.000Z', ...extra,
});

const ARTICLES: ArticleSummary[] = [
  article('behandler-anlegen', 'Behandler anlegen', ['Behandler', 'Therapeut', 'Kalender'], 'Neue Behandler mit Arbeitszeiten anlegen.'),
  article('arzt-wechsel', 'Hausarzt des Patienten hinterlegen', ['Arzt', 'Hausarzt', 'Überweiser'], 'Den Arzt eines Patienten in der Akte eintragen.'),
  article('drucken-rechnung', 'Rechnungen drucken', ['Rechnung drucken', 'Druck', 'PDF'], 'Einzelne Rechnungen als PDF erzeugen und drucken.'),
  article('etiketten', 'Etiketten drucken', ['Etiketten', 'Etikettendrucker'], 'Patientenetiketten auf dem Etikettendrucker ausgeben.'),
  article('weisse-seite', 'Seite bleibt weiß', ['leere Seite', 'Browser-Cache'], 'Wenn nur eine weiße Seite erscheint, den Browser-Cache leeren.', { requestTypes: ['bug'] }),
  article('adresse', 'Praxisadresse ändern', ['Adresse', 'Anschrift'], 'Die Adresse der Praxis in den Einstellungen ändern.'),
  article('kartenleser', 'Kartenlesegerät anschließen', ['Kartenleser', 'eGK'], 'Ein Kartenlesegerät mit dem Arbeitsplatz verbinden.'),
];

const createSynonyms = (groups: string[][]) => synonymsOf(finish(indexingSynonyms(groups)));

const ids = (engine: ReturnType<typeof createArticleSearch>, query: string) =>
  engine.search(query, { locale: 'de' }).map((hit) => hit.article.id);

describe('synonyms', () => {
  it('reads the table format: a group per line, commas between entries, # comment lines', () => {
    expect(parseSynonymTable('# Rollen\nbehandler, arzt, doktor\n\n  # more\nlogin , anmeldung\nallein\n')).toEqual([
      ['behandler', 'arzt', 'doktor'],
      ['login', 'anmeldung'],
    ]);
  });

  it('finds an article through a synonym, ranked below an article with the word itself', () => {
    const engine = createArticleSearch(ARTICLES, { builtInSynonyms: false, synonyms: [['Behandler', 'Arzt', 'Doktor']] });
    // "Arzt" is in both: the article that has the word wins over the one that has its synonym.
    expect(ids(engine, 'Arzt').slice(0, 2)).toEqual(['arzt-wechsel', 'behandler-anlegen']);
    expect(ids(engine, 'Behandler').slice(0, 2)).toEqual(['behandler-anlegen', 'arzt-wechsel']);
    // A word no article has stands for its synonyms.
    expect(ids(engine, 'Doktor')).toContain('behandler-anlegen');
    expect(ids(createArticleSearch(ARTICLES, { builtInSynonyms: false }), 'Doktor')).toEqual([]);
  });

  it('matches phrases only in queries, and a hyphenated entry both joined and as its parts', () => {
    const table = createSynonyms([['weiße Seite', 'leere Seite', 'blank'], ['Kartenleser', 'eGK-Leser']]);
    expect(table.phrases('Nach dem Login nur eine weiße Seite')).toEqual([[...termsOf('blank')]]);
    expect(table.of('seit')).toEqual([]);
    expect(table.of(termsOf('egkleser')[0]!)).toContain(termsOf('Kartenleser')[0]);
    expect(table.phrases('der eGK Leser piept').flat()).toContain(termsOf('Kartenleser')[0]);
  });

  it('finds a phrase with other words between its words, in order and within one clause', () => {
    const table = createSynonyms([['Passwort vergessen', 'Reset'], ['geht nicht', 'Fehler']]);
    const reset = [...termsOf('Reset')];
    expect(table.phrases('Passwort habe ich leider vergessen')).toEqual([reset]);
    expect(table.phrases('mein Passwort habe ich nach drei Wochen leider vergessen')).toEqual([reset]);
    expect(table.phrases('mein Passwort habe ich nach drei Wochen Urlaub leider vergessen')).toEqual([]);
    expect(table.phrases('vergessen: das Passwort')).toEqual([]);
    expect(table.phrases('Passwort vergessen. Drucker geht')).toEqual([reset]);
    expect(table.phrases('Das Passwort von Dr. Meier ist vergessen')).toEqual([reset]);
    expect(table.phrases('Das Passwort. Vergessen')).toEqual([]);
    expect(table.phrases('Das Passwort läuft ab. Vergessen')).toEqual([]);
    expect(table.phrases('Der Drucker geht, die Etiketten aber nicht')).toEqual([]);
    expect(table.phrases('Der Drucker geht seit gestern nicht mehr')).toEqual([[...termsOf('Fehler')]]);
    // A phrase goes on from any place of its middle word, not only the first.
    const three = createSynonyms([['Drucker geht nicht', 'Druckproblem']]);
    expect(three.phrases('Der Drucker geht an, und der neue Etikettendrucker geht leider nicht')).toEqual([]);
    expect(three.phrases('Drucker geht an und der neue Etikettendrucker geht leider nicht')).toEqual([[...termsOf('Druckproblem')]]);
    // A word of two letters binds to its neighbour.
    const login = createSynonyms([['log in', 'anmelden']]);
    expect(login.phrases('Wo sehe ich ein Log der Änderungen in der Akte')).toEqual([]);
    expect(login.phrases('beim Log in hängt es')).toEqual([[...termsOf('anmelden')]]);
  });

  it('reads a word no article has as its synonyms inside a phrase, in short queries', () => {
    const table = createSynonyms([['neues Passwort', 'zurücksetzen'], ['Passwort', 'Kennwort', 'PW']]);
    const unknown = (term: string) => term === termsOf('PW')[0];
    expect(table.phrases('neues PW', unknown)).toEqual([[...termsOf('zurücksetzen')]]);
    expect(table.phrases('neues PW')).toEqual([]);
    expect(table.phrases('neues Kennwort', unknown)).toEqual([]);
    const articles = [
      article('reset', 'Passwort vergessen oder zurücksetzen', ['Passwort'], 'Einen Link zum Zurücksetzen anfordern.'),
      article('manager', 'Kennwort-Manager einrichten', ['Kennwort'], 'Für neue Mitarbeitende.'),
      article('other', 'Rechnungen drucken', ['Drucker'], 'Rechnungen drucken.'),
    ];
    const engine = createArticleSearch(articles, {
      builtInSynonyms: false,
      synonyms: [['neues Passwort', 'zurücksetzen'], ['Passwort', 'Kennwort', 'PW']],
    });
    expect(ids(engine, 'neues PW')[0]).toBe('reset');
  });

  it('finds a phrase while its last word is being typed, unless that word is already a whole one', () => {
    const table = createSynonyms([['geht nicht', 'Fehler']]);
    const unknown = (term: string) => term === termsOf('nich')[0];
    expect(table.phrases('Drucker geht nich', unknown)).toEqual([[...termsOf('Fehler')]]);
    // Finished, by a space or a punctuation mark, it is the word as typed; two letters say too little.
    expect(table.phrases('Drucker geht nich ', unknown)).toEqual([]);
    expect(table.phrases('Drucker geht nich.', unknown)).toEqual([]);
    expect(table.phrases('Drucker geht ni', () => true)).toEqual([]);
    // Only the last word of the query is being typed.
    expect(table.phrases('Drucker geht nich, Etiketten gehen', unknown)).toEqual([]);
    // A word articles have, or a stop word, is a whole word already: "kommt nicht auf" is not on its way anywhere.
    expect(table.phrases('Drucker geht nich', () => false)).toEqual([]);
    expect(createSynonyms([['Seite nicht aufrufbar', 'fehlt']]).phrases('Seite nicht auf', () => true)).toEqual([]);
    const engine = createArticleSearch(ARTICLES, { builtInSynonyms: false, synonyms: [['Seite bleibt leer', 'weiß']] });
    expect(ids(engine, 'Seite bleibt le')[0]).toBe('weisse-seite');
  });

  it('reads a word being typed that starts no article\'s word as the table\'s words it may become', () => {
    const groups = [['Kartenleser', 'Kundendienst-Terminal', 'Lesegerät']];
    const engine = createArticleSearch(ARTICLES, { builtInSynonyms: false, synonyms: groups });
    expect(ids(engine, 'Lesegerät')[0]).toBe('kartenleser');
    expect(ids(engine, 'Leseger')[0]).toBe('kartenleser');
    // Finished, it is a word no one knows.
    expect(ids(engine, 'Leseger ')).toEqual([]);
    expect(ids(createArticleSearch(ARTICLES, { builtInSynonyms: false }), 'Leseger')).toEqual([]);
    expect(createSynonyms(groups).completing(termsOf('lese')[0]!)).toEqual([termsOf('Lesegerät')[0]]);
  });

  it('counts what a phrase stands for as fully as a word the user typed: no article has the phrase itself', () => {
    // "falsch" is a keyword of one article; "Storno", what the phrase means, the title of the other: a title match
    // of the user's own word would come first, and so must the phrase's.
    const articles = [
      article('storno', 'Storno', ['Rechnung'], 'Eine Rechnung zurücknehmen.'),
      article('wrong', 'Rechnung', ['falsch'], 'Eine Rechnung zurücknehmen.'),
    ];
    const engine = createArticleSearch(articles, { builtInSynonyms: false, synonyms: [['Storno', 'falsch gebucht']] });
    expect(ids(engine, 'falsch gebucht')).toEqual(['storno', 'wrong']);
  });

  it('stores the built-in table indexed as the table reads now: run `npm run synonyms` after changing it', () => {
    const index = finish(indexingSynonyms(parseSynonymTable(SYNONYM_TABLE)));
    expect(finish(readingSynonymIndex(BUILT_IN_SYNONYM_INDEX))).toEqual(index);
    expect(synonymsOf(index).of(termsOf('Kennwort')[0]!)).toContain(termsOf('Passwort')[0]);
  });

  it('reads the built-in index and indexes an installation\'s table in small steps, pausing a page\'s first build', () => {
    const groups = parseSynonymTable(SYNONYM_TABLE);
    const pausesOf = (steps: Generator<void, unknown>) => {
      let pauses = 0;
      while (!steps.next().done) pauses++;
      return pauses;
    };
    // At least one pause per 32 groups.
    expect(pausesOf(readingSynonymIndex(BUILT_IN_SYNONYM_INDEX))).toBeGreaterThanOrEqual(Math.floor(groups.length / 32));
    expect(pausesOf(indexingSynonyms(groups))).toBeGreaterThanOrEqual(Math.floor(groups.length / 32));
  });

  it('matches an =word entry only as written, for its group instead of what shares its stem', () => {
    const kb = [...ARTICLES, article('usb', 'USB-Sticks verschlüsseln', ['USB-Stick'], 'Daten auf einem Stick sichern.')];
    const engine = createArticleSearch(kb, { builtInSynonyms: false, synonyms: [['Etikett', 'Aufkleber', '=Sticker']] });
    expect(ids(engine, 'Sticker ')).toEqual(['etiketten']);
    // The other words of its stem keep their own meaning: no stick is a label.
    expect(ids(engine, 'Sticks ')).toEqual(['usb']);
    expect(ids(engine, 'Etikett ')).not.toContain('usb');
    // Without the entry, "Sticker" is read by its stem.
    expect(ids(createArticleSearch(kb, { builtInSynonyms: false }), 'Sticker ')).toEqual(['usb']);
  });

  it('has a built-in table of practice-software words that the installation can add to', () => {
    const engine = createArticleSearch(ARTICLES);
    expect(ids(engine, 'Doktor')[0]).toBe('behandler-anlegen');
    expect(ids(engine, 'ausdrucken')).toContain('drucken-rechnung');
    // Bavarian for sticker: not in the built-in table, one line of the installation's away.
    expect(ids(engine, 'Bapperl für Proben ')).not.toContain('etiketten');
    const extended = createArticleSearch(ARTICLES, { synonyms: [['Etiketten', 'Bapperl']] });
    expect(ids(extended, 'Bapperl für Proben ')[0]).toBe('etiketten');
  });
});

describe('learned keywords', () => {
  const learned = ARTICLES.map((a) => (a.id === 'kartenleser' ? { ...a, learnedKeywords: ['kastl'] } : a));

  it('find an article by a word users taught it, as index terms taken as they are', () => {
    expect(ids(createArticleSearch(ARTICLES), 'Kastl piepst')).not.toContain('kartenleser');
    expect(ids(createArticleSearch(learned), 'Kastl piepst')[0]).toBe('kartenleser');
  });

  it('weigh less than the same word in the authored keywords', () => {
    // The taught article comes first, so that a tie would put it first too.
    const both = [
      article('taught', 'Gerät B', [], 'Ein Gerät.', { learnedKeywords: ['kastl'] }),
      article('authored', 'Gerät A', ['Kastl'], 'Ein Gerät.'),
    ];
    expect(ids(createArticleSearch(both), 'Kastl')).toEqual(['authored', 'taught']);
  });
});

describe('descriptions', () => {
  it('rank with pruning exactly as scoring every article would', () => {
    // Random articles and descriptions over one vocabulary whose words are common to rare, so that some words' postings
    // are long and pruning has something to skip; every article scored (a limit above their number) is the reference.
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const vocabulary = Array.from({ length: 300 }, (_, i) => `wort${String.fromCharCode(97 + (i % 26))}${i}`);
    const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
    const words = (n: number) => Array.from({ length: n }, word).join(' ');
    const corpus = Array.from({ length: 800 }, (_, i) =>
      article(`r${i}`, words(4), [words(1), words(1)], words(20), { requestTypes: [i % 3 ? 'support' : 'billing'] }),
    );
    const random800 = createArticleSearch(corpus);
    for (let q = 0; q < 150; q++) {
      const query = words(8 + Math.floor(random() * 30));
      const options = { requestType: q % 2 ? 'billing' : undefined };
      const top = (limit: number) =>
        random800.search(query, { ...options, limit }).slice(0, 5).map((hit) => [hit.article.id, hit.score.toFixed(9)]);
      expect(top(5), query).toEqual(top(corpus.length));
    }
  });

  it('count everyday words less than the words that name the problem', () => {
    const small = createArticleSearch([
      article('chat', 'Notizen', [], 'Letzte Woche, gestern und leider.'),
      article('drucker', 'Drucker einrichten', ['Drucker'], 'Den Drucker im Browser auswählen.'),
      ...ARTICLES.filter((a) => !a.id.includes('druck')),
    ]);
    // Four everyday words in one article's prose weigh less than the one word that names the problem.
    expect(ids(small, 'Letzte Woche ging es noch, gestern leider plötzlich nicht mehr: der Drucker')[0]).toBe('drucker');
  });

  it('count everyday words less in a few keywords too', () => {
    const small = createArticleSearch(
      [article('neu', 'Neue Mitarbeitende', [], ''), article('drucker', 'Drucker Mitarbeitende', [], '')],
      { builtInSynonyms: false },
    );
    const scores = Object.fromEntries(small.search('neuer Drucker').map((hit) => [hit.article.id, hit.score]));
    // Each title has one of the two words, as rare and as long: "neu" counts for a third of what "Drucker" does.
    expect(scores.neu! / scores.drucker!).toBeCloseTo(0.3, 1);
  });

  it('weigh the focus (the summary) more', () => {
    const twins = createArticleSearch([
      article('etiketten', 'Etiketten drucken', ['Etiketten'], 'Auf dem Etikettendrucker.'),
      article('rechnungen', 'Rechnungen drucken', ['Rechnungen'], 'Als PDF aus der Liste.'),
      ...ARTICLES.filter((a) => !['etiketten', 'drucken-rechnung'].includes(a.id)),
    ]);
    const query = 'Wir drucken jeden Tag Rechnungen und Etiketten, seit gestern kommt dabei nur Müll heraus';
    expect(twins.search(query, { focus: 'Etiketten' })[0]!.article.id).toBe('etiketten');
    expect(twins.search(query, { focus: 'Rechnungen' })[0]!.article.id).toBe('rechnungen');
  });
});

describe('building', () => {
  it('in slices gives the same engine as building at once', async () => {
    const sliced = await buildArticleSearch(ARTICLES, { synonyms: [['Kastl', 'Kartenleser']] });
    const direct = createArticleSearch(ARTICLES, { synonyms: [['Kastl', 'Kartenleser']] });
    for (const query of ['Kastl', 'Rechnung drucken', 'Arzt', 'weiße Seite nach dem Login']) {
      expect(sliced.search(query)).toEqual(direct.search(query));
    }
  });

  it('reports the query terms rarest first, words no article has leading', () => {
    const engine = createArticleSearch(ARTICLES);
    const terms = engine.terms('Kastl beim Drucken der Rechnung');
    expect(terms[0]).toBe('kastl');
    expect(terms).toEqual(expect.arrayContaining(['druck', 'rechnung']));
    expect(terms).not.toContain('der');
    expect(engine.terms('a b c d e f g h i j k l m n o p q r s t uu vv ww xx yy zz aa bb cc dd ee ff')).toHaveLength(10);
  });

  it('keeps verbs whose stem looks like a stop word', () => {
    expect(termsOf('ändern')).toEqual(['and']);
    expect(termsOf('anderen')).toEqual([]);
    expect(ids(createArticleSearch(ARTICLES), 'Adresse ändern')[0]).toBe('adresse');
  });
});
