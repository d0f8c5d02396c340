import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../bench/search/articles';
import { articleSet, generateDistractors } from '../../bench/search/distractors';

const real = readArticles(join(__dirname, '..', '..', 'server', 'articles'));
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('search bench distractors', () => {
  const distractors = generateDistractors(10_000 - real.length);

  it('pad the real articles to the size asked for, the same on every run', () => {
    expect(articleSet(real, 2000)).toHaveLength(2000);
    expect(articleSet(real, 10_000).slice(0, real.length)).toEqual(real);
    expect(generateDistractors(50)).toEqual(distractors.slice(0, 50));
    expect(generateDistractors(50, 43)).not.toEqual(distractors.slice(0, 50));
  });

  it('have the articles shape: title, five keywords, an excerpt of 25–45 words, request types, mostly German', () => {
    for (const a of distractors) {
      expect(a.keywords, a.title).toHaveLength(5);
      expect(words(a.excerpt), a.excerpt).toBeGreaterThanOrEqual(25);
      expect(words(a.excerpt), a.excerpt).toBeLessThanOrEqual(45);
      expect(a.requestTypes.length).toBeGreaterThan(0);
    }
    const english = distractors.filter((a) => a.locale === 'en').length / distractors.length;
    expect(english).toBeGreaterThan(0.05);
    expect(english).toBeLessThan(0.2);
  });

  it('are distinct articles of their own: unique ids and titles, none a real article', () => {
    const ids = new Set(real.map((a) => a.id));
    const titles = new Set(real.map((a) => a.title.toLowerCase()));
    expect(new Set(distractors.map((a) => a.id)).size).toBe(distractors.length);
    expect(new Set(distractors.map((a) => a.title)).size).toBe(distractors.length);
    for (const a of distractors) {
      expect(ids.has(a.id)).toBe(false);
      expect(titles.has(a.title.toLowerCase())).toBe(false);
    }
  });

  it('share the real articles’ vocabulary, so that they compete with them', () => {
    const text = distractors.map((a) => `${a.title} ${a.keywords.join(' ')} ${a.excerpt}`).join(' ');
    for (const word of ['Drucker', 'Rechnung', 'Termin', 'Passwort', 'Lizenz', 'Verordnung', 'Patientenakte', 'Export', 'Kalender', 'invoice', 'appointment']) {
      expect(text, word).toContain(word);
    }
  });
});
