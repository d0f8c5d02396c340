import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';

const texts = (catalogue: Record<string, string | Record<string, string>>): [string, string][] =>
  Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Object.values(value).map((v): [string, string] => [key, v])));

describe('catalogues', () => {
  // One word for one thing: the English texts say "email" everywhere else ("Email address", "Email notifications").
  it('English spells "email" one way', () => {
    expect(texts(en).filter(([, text]) => /e-mail/i.test(text))).toEqual([]);
  });
});
