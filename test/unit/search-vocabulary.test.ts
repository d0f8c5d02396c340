import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/api/contract';
import { buildArticleSearch, createArticleSearch } from '../../src/search/index';
import { createSynonyms, parseSynonymTable } from '../../src/search/synonyms';
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

  it('has a built-in table of practice-software words that the installation can add to', () => {
    const engine = createArticleSearch(ARTICLES);
    expect(ids(engine, 'Doktor')[0]).toBe('behandler-anlegen');
    expect(ids(engine, 'ausdrucken')).toContain('drucken-rechnung');
    expect(ids(engine, 'Sticker für Proben')).not.toContain('etiketten');
    const extended = createArticleSearch(ARTICLES, { synonyms: [['Etiketten', 'Sticker']] });
    expect(ids(extended, 'Sticker für Proben')[0]).toBe('etiketten');
  });
});

describe('learned keywords', () => {
  const learned = ARTICLES.map((a) => (a.id === 'kartenleser' ? { ...a, learnedKeywords: ['kastl'] } : a));

  it('find an article by a word users taught it, as index terms taken as they are', () => {
    expect(ids(createArticleSearch(ARTICLES), 'Kastl piepst')).not.toContain('kartenleser');
    expect(ids(createArticleSearch(learned), 'Kastl piepst')[0]).toBe('kartenleser');
  });

  it('weigh less than the same word in the authored keywords', () => {
    const both = [
      article('authored', 'Gerät A', ['Kastl'], 'Ein Gerät.'),
      article('taught', 'Gerät B', [], 'Ein Gerät.', { learnedKeywords: ['kastl'] }),
    ];
    expect(ids(createArticleSearch(both), 'Kastl')).toEqual(['authored', 'taught']);
  });
});

describe('descriptions', () => {
  const many = Array.from({ length: 400 }, (_, i) =>
    article(`n${i}`, `Vorlage ${i % 7} für Rechnung und Termin`, ['Rechnung', `Stichwort${i % 13}`], `Eine Woche lang Drucker, Patient und Kalender ${i}.`),
  );
  const engine = createArticleSearch([...ARTICLES, ...many]);
  const exhaustive = (query: string) => {
    // Every article scored: the pruned ranking must give the same articles with the same scores.
    const all = engine.search(query, { limit: ARTICLES.length + many.length });
    return all.slice(0, 5).map((hit) => [hit.article.id, hit.score.toFixed(9)]);
  };

  it('rank with pruning exactly as scoring every article would', () => {
    const queries = [
      'Ich wollte letzte Woche eine Rechnung drucken, aber der Drucker zeigt nur eine weiße Seite und sonst gar nichts an',
      'Seit dem Umzug stimmt die Adresse der Praxis auf jeder Rechnung nicht mehr, wo ändere ich die Anschrift für alle Vorlagen',
      'Der Kalender zeigt den neuen Behandler nicht, obwohl ich ihn angelegt habe und er Termine für Patienten hat Stichwort3',
    ];
    for (const query of queries) {
      expect(engine.search(query, { limit: 5 }).map((hit) => [hit.article.id, hit.score.toFixed(9)])).toEqual(exhaustive(query));
    }
  });

  it('count everyday words less than the words that name the problem', () => {
    expect(ids(engine, 'Letzte Woche ging es noch, seit gestern bleibt die Seite weiß und der Browser zeigt sonst nichts mehr an')[0]).toBe(
      'weisse-seite',
    );
  });

  it('weigh the focus (the summary) more', () => {
    const query = 'Etiketten und Rechnungen: wir drucken beides jeden Tag, seit gestern kommt bei den Etiketten nur Müll heraus';
    expect(engine.search(query, { focus: 'Etiketten' })[0]!.article.id).toBe('etiketten');
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
