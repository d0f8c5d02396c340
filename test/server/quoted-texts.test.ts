import { describe, expect, it } from 'vitest';
import { convertStorage } from '../../server/kb/confluence/storage.js';
import { parseArticle } from '../../server/kb/loader.js';
import { quotedTexts } from '../../server/kb/render.js';

describe('quotedTexts', () => {
  it('finds the texts quoted in German, English and French quotation marks, each once, in order', () => {
    const html =
      '<p>Es erscheint „Dieser Eintrag ist abgeschlossen.“ oder “Session expired”.</p>' +
      '<p>Klicken Sie auf &quot;Speichern&quot;, dann «Weiter» und »Fertig«. Wieder „Dieser Eintrag ist abgeschlossen.“</p>';
    expect(quotedTexts(html)).toEqual(['Dieser Eintrag ist abgeschlossen.', 'Session expired', 'Speichern', 'Weiter', 'Fertig']);
  });

  it('reads quotes as text: markup inside is dropped, a quote does not run across paragraphs', () => {
    expect(quotedTexts('<p>Meldung „<strong>Keine   Berechtigung</strong>“</p>')).toEqual(['Keine Berechtigung']);
    expect(quotedTexts('<p>Zoll: 5" Bildschirm</p>\n<p>und 7" Tablet</p>')).toEqual([]);
  });

  it('keeps messages, not paragraphs: at most 160 characters each and 30 in all', () => {
    expect(quotedTexts(`<p>„${'lang '.repeat(40)}“ „x“ „ok“</p>`)).toEqual(['ok']);
    const many = Array.from({ length: 40 }, (_, i) => `„Meldung ${i}“`).join(' ');
    expect(quotedTexts(`<p>${many}</p>`)).toHaveLength(30);
  });

  it('is what both knowledge bases serve as an article’s messages', () => {
    const markdown = '---\nid: a\ntitle: A\nlocale: de\n---\n\nEs kommt „Kein Drucker gefunden“.\n';
    expect(parseArticle(markdown, 'a.md', new Date()).messages).toEqual(['Kein Drucker gefunden']);
    expect(convertStorage('<p>Es kommt „Kein Drucker gefunden“.</p>', { key: 'KB', url: 'https://medondo.atlassian.net/wiki' }, 'de').messages).toEqual(['Kein Drucker gefunden']);
  });
});
