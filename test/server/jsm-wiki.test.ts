import { describe, expect, it } from 'vitest';
import { descriptionText, descriptionWithFooter } from '../../server/store/jsm/convert.js';
import { escapeWiki, unescapeWiki, wikiToText } from '../../server/store/jsm/wiki.js';

describe('what customers type, on its way to JSM', () => {
  const typed = [
    'Bitte [hier klicken|https://evil.example/login] und !https://tracker.example/pixel.png! ansehen',
    'Hallo [~accountid:5b5d] {color:white}versteckt{color} {noformat}',
    '|| Kopf || Spalte ||\n| a | b |',
    'Drucker geht nicht! Fehler 500 (schon wieder) - *dringend* _bitte_ \\\\server\\share',
  ];

  it('escapes what would link, mention, embed, hide, swallow or change the meaning, and nothing else', () => {
    expect(escapeWiki(typed[0]!)).toBe('Bitte \\[hier klicken|https://evil.example/login\\] und \\!https://tracker.example/pixel.png! ansehen');
    expect(escapeWiki(typed[1]!)).toBe('Hallo \\[\\~accountid:5b5d\\] \\{color:white\\}versteckt\\{color\\} \\{noformat\\}');
    expect(escapeWiki(typed[2]!)).toBe('\\|| Kopf || Spalte ||\n\\| a | b |');
    // A path keeps its backslashes; one before markup or before another goes as an entity, as it would pair with it.
    expect(escapeWiki(typed[3]!)).toBe('Drucker geht nicht! Fehler 500 (schon wieder) - \\*dringend\\* \\_bitte\\_ &#92;\\server\\share');
    // Emphasis that would strike "nicht" through, a backslash Jira would take as an escape, list and heading marks.
    expect(escapeWiki('Bitte die Datei -nicht- löschen: C:\\Daten\\*.log, __init__')).toBe('Bitte die Datei \\-nicht\\- löschen: C:\\Daten&#92;\\*.log, \\_\\_init\\_\\_');
    expect(escapeWiki('# Kommentar\n* Punkt\nh1. Titel\na -- b')).toBe('\\# Kommentar\n\\* Punkt\nh1\\. Titel\na \\-\\- b');
    // What cannot open or close a span stays as typed, and so do web addresses.
    expect(escapeWiki('5 * 3 = 15, Daten-Export, a_b_c, 14:00-15:00, https://x.example/~anna/a_b-c?x=-1')).toBe('5 * 3 = 15, Daten-Export, a_b_c, 14:00-15:00, https://x.example/~anna/a_b-c?x=-1');
    expect(escapeWiki('C:\\Praxis\\Daten')).toBe('C:\\Praxis\\Daten');
    expect(escapeWiki('\\!https://evil.example/p.png!')).toBe('&#92;\\!https://evil.example/p.png!');
  });

  it('does not let a customer write the gateway\'s footer, "sent by" someone else, above the real one', () => {
    const forged = 'Bitte neue Bankverbindung eintragen.\n\n----\n*MedSupport* – gesendet von Dr. Anna Berger <anna@berger.example>, Praxis Dr. Berger\nMedSupport-Ref: x';
    const sent = descriptionWithFooter(forged, { name: 'Bob', email: 'bob@see.example', practice: 'Physio am See' }, null, 'ref-1');
    expect(sent.match(/^----$/gm)).toHaveLength(1);
    expect(sent.match(/^\*MedSupport\*/gm)).toHaveLength(1);
    expect(sent).toContain('\\-\\-\\-\\-\n\\*MedSupport\\* – gesendet von Dr. Anna Berger');
    expect(descriptionText(sent, () => 'Support')).toBe(forged);
    // Behind a space that does not show, or in the middle of a line, too.
    for (const hidden of ['\u00a0*MedSupport* – gesendet von Chef', '\u200b----\nx', 'siehe *MedSupport* – gesendet von Chef']) {
      const escaped = escapeWiki(hidden);
      expect(escaped).not.toMatch(/(^|[^\\])\*MedSupport\*/);
      expect(escaped).not.toMatch(/^[\s\u200b]*----/m);
      expect(unescapeWiki(escaped)).toBe(hidden);
    }
  });

  it('reads back as typed', () => {
    const more = [
      '\\!https://evil.example/p.png!', 'a\\!', 'grep a \\| b', '\\\\server\\{x\\}', 'Entität &#92; und &#38;#92; bleiben',
      '----\n  ----- \n\\----\n*MedSupport*\n\\*MedSupport* a ---- b',
      'Bitte -nicht- löschen, C:\\Daten\\*.log, __init__, # Kommentar\n* Punkt\nh1. Titel\n*Dr. Berger* (über MedSupport, Ref 1):',
      '\u00a0\u200b|x|\n\u2060\\----\n\\\\*MedSupport*',
    ];
    for (const text of [...typed, ...more]) expect(unescapeWiki(escapeWiki(text))).toBe(text);
  });
});

describe("what the support team writes, on its way to the widget", () => {
  const names = (id: string) => (id === 'agent-1' ? 'Eva Support' : 'Support');

  it('keeps the text of macros, links and tables and drops their markup', () => {
    expect(wikiToText('Bitte so:\n{code:java}print("x");{code}\n{color:red}wichtig{color}', names)).toBe('Bitte so:\nprint("x");\nwichtig');
    expect(wikiToText('Siehe [Handbuch|https://hilfe.example/a] oder [https://hilfe.example/b], nicht [Seite|Interne Seite].', names))
      .toBe('Siehe Handbuch (https://hilfe.example/a) oder https://hilfe.example/b, nicht Seite.');
    expect(wikiToText('[klick|javascript:alert(1)]', names)).toBe('klick');
    expect(wikiToText('||Kopf||Spalte||\n|a|b|', names)).toBe('Kopf | Spalte\na | b');
    expect(wikiToText('h2. Lösung\nbq. Zitat\nNutzen Sie {{Strg+P}}.', names)).toBe('Lösung\nZitat\nNutzen Sie Strg+P.');
  });

  it('names the people mentioned and drops embedded files, whose attachments show on their own', () => {
    expect(wikiToText('Hallo [~accountid:agent-1] und [~accountid:unbekannt]!', names)).toBe('Hallo @Eva Support und @Support!');
    expect(wikiToText('Hier die Korrektur:\n!fix.png|thumbnail!\n[^trace.log]', names)).toBe('Hier die Korrektur:\n\ntrace.log');
  });

  it('keeps every sentence with exclamation marks; only a file name or address between two is an embedded file', () => {
    const answer = 'Wichtig (bitte lesen!): Server NICHT neu starten! Nur den Drucker.\n(!) Vorher ein Backup machen, danke!';
    expect(wikiToText(answer, names)).toBe('Wichtig (bitte lesen!): Server NICHT neu starten! Nur den Drucker.\n⚠️ Vorher ein Backup machen, danke!');
    expect(wikiToText('Danke!Viele Grüße vom Team medondo.de!', names)).toBe('Danke!Viele Grüße vom Team medondo.de!');
    expect(wikiToText('So sieht es aus: !Bildschirmfoto 10.30.png|width=300! und !https://cdn.example/p.gif!', names)).toBe('So sieht es aus:  und ');
  });

  it('shows code exactly as written, markup and all', () => {
    const code = 'net use P: \\\\praxis-server\\medondo\n*Name* [^a-z] !x.png! {{y}}';
    expect(wikiToText(`Bitte ausführen:\n{code:bash}\n${code}\n{code}\nund {noformat}*so*{noformat}.`, names)).toBe(`Bitte ausführen:\n${code}\nund *so*.`);
    // A letter that lower-cases to two ("İ") before the block moves nothing.
    expect(wikiToText('Herr İlhan: {code}rm -rf x{code} danach neu starten', names)).toBe('Herr İlhan: rm -rf x danach neu starten');
    expect(wikiToText('Das Zeichen \\{code} steht für Code.', names)).toBe('Das Zeichen {code} steht für Code.');
  });

  it('reads lists, emoticons, panel titles and smart links as the page shows them', () => {
    expect(wikiToText('Schritte:\n# Öffnen\n## Unterpunkt\n# Speichern\n* Hinweis\n** tiefer', names)).toBe('Schritte:\n1. Öffnen\n  1. Unterpunkt\n2. Speichern\n• Hinweis\n  • tiefer');
    expect(wikiToText('*Fett* am Anfang', names)).toBe('Fett am Anfang');
    expect(wikiToText('Geht (y) (/) +neu+', names)).toBe('Geht 👍 ✅ neu');
    expect(wikiToText('[Doku|https://de.wikipedia.org/wiki/Foo_(i)] und https://example.org/a(x)b', names)).toBe('Doku (https://de.wikipedia.org/wiki/Foo_(i)) und https://example.org/a(x)b');
    expect(wikiToText('Taste *F* oder *G* drücken, C++ bleibt', names)).toBe('Taste F oder G drücken, C++ bleibt');
    expect(wikiToText('{panel:title=Hinweis|borderStyle=dashed}\nBitte warten.\n{panel}\nDanke', names)).toBe('Hinweis\nBitte warten.\nDanke');
    expect(wikiToText('[https://hilfe.example/a|https://hilfe.example/a|smart-link]', names)).toBe('https://hilfe.example/a');
  });

  it('drops emphasis and escapes but keeps text that only looks like them', () => {
    expect(wikiToText('Das ist *wichtig* und _kursiv_, 5 * 3 = 15, a_b_c, Ausrufe!', names)).toBe('Das ist wichtig und kursiv, 5 * 3 = 15, a_b_c, Ausrufe!');
    expect(wikiToText('Zeile eins\\\\Zeile zwei, \\[kein Link\\]', names)).toBe('Zeile eins\nZeile zwei, [kein Link]');
    expect(wikiToText('a\r\nb', names)).toBe('a\nb');
  });
});

describe('long texts without their closing marks', () => {
  it('read back whole, in one pass each (a reply may be 32,000 characters)', () => {
    for (const unit of ['[', '[~', '[a|', '{code:', '*a ', '_a _', '!x', '|a']) {
      const text = unit.repeat(Math.floor(32_000 / unit.length));
      expect(unescapeWiki(escapeWiki(text))).toBe(text);
      expect(wikiToText(text, () => 'Support').length).toBeGreaterThan(0);
    }
    for (const blank of [' ', '\t']) expect(wikiToText(`|${blank.repeat(32_000)}x`, () => 'Support')).toBe('x');
  });
});
