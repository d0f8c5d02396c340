import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/api/contract.js';
import { resolvePageLinks, type PageTarget } from '../../server/kb/confluence/page-links.js';
import { convertStorage, type ConvertedPage } from '../../server/kb/confluence/storage.js';
import { XSS_VECTORS } from '../fixtures/xss-vectors.js';

/** What the widget shows (src/ui/article/safe-html.ts), but for img and kbd, which it shows as text. */
const ALLOWED = new Set(['h2', 'h3', 'h4', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'del', 'sup', 'sub', 'code', 'pre', 'blockquote', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'kbd']);

type Node = ReturnType<typeof parseDocument>['children'][number];

/** Every element allowed, no event handler, links only absolute http(s)/mailto, images only https. */
function expectInert(html: string): void {
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (!('attribs' in node)) continue;
      expect(ALLOWED, `element <${node.name}> in ${html}`).toContain(node.name);
      for (const [name, value] of Object.entries(node.attribs)) {
        expect(name.startsWith('on'), `attribute ${name} in ${html}`).toBe(false);
        if (name === 'href') expect(value).toMatch(/^(https?:|mailto:)/i);
        if (name === 'src') expect(value).toMatch(/^https:/i);
        if (name === 'rowspan' || name === 'colspan') expect(value).toMatch(/^([1-9]|[1-4]\d|50)$/);
      }
      walk(node.children);
    }
  };
  walk(parseDocument(html).children);
  expect(html).not.toMatch(/<\/?(ac|ri):/);
}

const SPACE = { key: 'KB', url: 'https://medondo.atlassian.net/wiki' };
/** The article "Drucker einrichten", page 42 of the space; no other page is an article. */
const articleOf = (target: PageTarget) => (('title' in target ? target.title === 'Drucker einrichten' : target.pageId === '42') ? { id: 'drucker-einrichten', title: 'Drucker einrichten' } : null);
/** A page as the catalog serves it: converted, its links to pages of the space resolved. */
function convert(storage: string, locale: Locale = 'de'): ConvertedPage {
  const page = convertStorage(storage, SPACE, locale);
  return { ...page, html: resolvePageLinks(page.html, articleOf) };
}

const macro = (name: string, inner: string, params: Record<string, string> = {}) =>
  `<ac:structured-macro ac:name="${name}" ac:schema-version="1" ac:macro-id="m-${name}">${Object.entries(params).map(([k, v]) => `<ac:parameter ac:name="${k}">${v}</ac:parameter>`).join('')}${inner}</ac:structured-macro>`;

/** Shaped like a page from a real help space: layout, panels, a table, a code sample, a task list. */
const REAL_PAGE = `<ac:layout><ac:layout-section ac:type="two_equal"><ac:layout-cell>
<h1>Rechnung&nbsp;verstehen</h1>
${macro('info', '<ac:rich-text-body><p>Gilt für alle Praxen.</p></ac:rich-text-body>', { title: 'Hinweis' })}
<p>Die Rechnung kommt <strong>monatlich</strong> per <em>E-Mail</em> <ac:emoticon ac:name="smile" ac:emoji-shortname=":slight_smile:" ac:emoji-id="1f642" ac:emoji-fallback="🙂" />. Siehe <ac:link><ri:page ri:content-title="Zahlungsarten" ri:space-key="KB" /><ac:plain-text-link-body><![CDATA[Zahlungsarten & Fristen]]></ac:plain-text-link-body></ac:link> und <a href="https://medondo.example/preise">Preise</a>.</p>
<ol><li><p>Öffnen</p><ul><li>Menü <ac:emoticon ac:name="tick" /></li><li><span style="color: red;">Rechnungen</span></li></ul></li><li>Herunterladen</li></ol>
</ac:layout-cell><ac:layout-cell>
<table data-layout="default"><colgroup><col style="width: 200px;" /></colgroup><tbody><tr><th><p>Posten</p></th><th><p>Preis</p></th></tr><tr><td><p>Lizenz</p></td><td><p>49 €</p></td></tr></tbody></table>
${macro('code', '<ac:plain-text-body><![CDATA[curl -H "Accept: application/json" https://api.example/rechnungen?a=1&b=<2>]]></ac:plain-text-body>', { language: 'bash' })}
${macro('warning', '<ac:rich-text-body><p>Nicht <u>doppelt</u> zahlen.</p></ac:rich-text-body>')}
${macro('expand', '<ac:rich-text-body><p>Mehr Details.</p></ac:rich-text-body>', { title: 'Details' })}
<p>Status: ${macro('status', '', { colour: 'Green', title: 'ERLEDIGT' })}, Ticket ${macro('jira', '', { server: 'System JIRA', key: 'MED-12' })}${macro('toc', '')}</p>
<p><ac:image ac:alt="Screenshot der Rechnung" ac:width="400"><ri:url ri:value="https://medondo.example/rechnung.png" /></ac:image><ac:image ac:alt="Anhang-Bild"><ri:attachment ri:filename="intern.png" /></ac:image><ac:image><ri:attachment ri:filename="ohne-alt.png" /></ac:image></p>
<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Geprüft</ac:task-body></ac:task><ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Bezahlen</ac:task-body></ac:task></ac:task-list>
<ac:adf-extension><ac:adf-node type="panel"><ac:adf-attribute key="panel-type">note</ac:adf-attribute><ac:adf-content><p>neu</p></ac:adf-content></ac:adf-node><ac:adf-fallback><div class="panel"><p>Fallback-Panel</p></div></ac:adf-fallback></ac:adf-extension>
<p>Stand <time datetime="2024-05-01" /></p>
</ac:layout-cell></ac:layout-section></ac:layout>`;

describe('Confluence storage format to article HTML', () => {
  const { html, excerpt } = convert(REAL_PAGE);

  it('maps headings like the Markdown renderer and keeps nested lists and tables', () => {
    expect(html).toContain('<h2>Rechnung\u00a0verstehen</h2>');
    expect(html).toContain('<ol><li><p>Öffnen</p><ul><li>Menü ✅</li><li>Rechnungen</li></ul></li><li>Herunterladen</li></ol>');
    expect(html).toContain('<table><tbody><tr><th><p>Posten</p></th><th><p>Preis</p></th></tr><tr><td><p>Lizenz</p></td><td><p>49 €</p></td></tr></tbody></table>');
  });

  it('turns macros into their content: code, callouts, expand, status, jira; drops toc', () => {
    expect(html).toContain('<pre><code>curl -H "Accept: application/json" https://api.example/rechnungen?a=1&amp;b=&lt;2&gt;</code></pre>');
    expect(html).toContain('<blockquote><p><strong>Hinweis</strong></p><p>Gilt für alle Praxen.</p></blockquote>');
    expect(html).toContain('<blockquote><p><strong>Achtung</strong></p><p>Nicht doppelt zahlen.</p></blockquote>');
    expect(html).toContain('<p><strong>Details</strong></p><p>Mehr Details.</p>');
    expect(html).toContain('<p>Status: ERLEDIGT, Ticket MED-12</p>');
  });

  it('keeps link text, external links, images, emoji', () => {
    expect(html).toContain('Siehe Zahlungsarten &amp; Fristen und <a href="https://medondo.example/preise" rel="noopener noreferrer" target="_blank">Preise</a>');
    expect(html).toContain('E-Mail</em> 🙂.');
    expect(html).toContain('<img src="https://medondo.example/rechnung.png" alt="Screenshot der Rechnung" /><img alt="Anhang-Bild" /><img alt="ohne-alt.png" /></p>');
    expect(html).toContain('<ul><li>☑ Geprüft</li><li>☐ Bezahlen</li></ul>');
    expect(html).toContain('<p>Fallback-Panel</p>');
    expect(html).not.toContain('neu');
    expect(html).toContain('<p>Stand 2024-05-01</p>');
    expectInert(html);
  });

  it('takes the excerpt from the first top-level paragraph, as plain text', () => {
    expect(excerpt).toBe('Die Rechnung kommt monatlich per E-Mail 🙂. Siehe Zahlungsarten & Fristen und Preise.');
    expect(convert(`<p>${'Wort '.repeat(100)}</p>`).excerpt).toMatch(/^(Wort ){40,}.*…$/);
    expect(convert(`<p>${'Wort '.repeat(100)}</p>`).excerpt.length).toBeLessThanOrEqual(280);
    expect(convert(macro('info', '<ac:rich-text-body><p>Nur im Panel</p></ac:rich-text-body>')).excerpt).toBe('Nur im Panel');
  });

  it('keeps every image as <img> with its alt text, an attachment without one named by its file name; src only https', () => {
    const image = (inner: string, alt?: string) => `<ac:image${alt === undefined ? '' : ` ac:alt="${alt}"`}>${inner}</ac:image>`;
    const out = (storage: string) => convert(`<p>Öffnen Sie ${storage} und dann</p>`).html;
    expect(out(image('<ri:url ri:value="https://cdn.example/drucker.png" />', 'Menü Einstellungen'))).toBe('<p>Öffnen Sie <img src="https://cdn.example/drucker.png" alt="Menü Einstellungen" /> und dann</p>');
    expect(out(image('<ri:attachment ri:filename="schritt-2.png" />'))).toBe('<p>Öffnen Sie <img alt="schritt-2.png" /> und dann</p>');
    expect(out(image('<ri:attachment ri:filename="schritt-2.png" />', ' '))).toBe('<p>Öffnen Sie <img alt="schritt-2.png" /> und dann</p>');
    expect(out(image('<ri:attachment ri:filename="schritt-2.png" />', 'Dialog'))).toBe('<p>Öffnen Sie <img alt="Dialog" /> und dann</p>');
    expect(out(image('<ri:url ri:value="http://cdn.example/x.png" />', 'Zahnrad'))).toBe('<p>Öffnen Sie <img alt="Zahnrad" /> und dann</p>');
    expect(out('<img src="/download/attachments/1/x.png" alt="Zahnrad" />')).toBe('<p>Öffnen Sie <img alt="Zahnrad" /> und dann</p>');
    expect(out('<img src="/download/attachments/1/x.png" />')).toBe('<p>Öffnen Sie  und dann</p>');
  });

  it('keeps a sentence whole around a mention and a file preview: the name the page gives, the file name', () => {
    const mention = (body: string) => `<ac:link><ri:user ri:account-id="557058:eva" />${body}</ac:link>`;
    expect(convert(`<p>Bei Fragen hilft ${mention('<ac:plain-text-link-body><![CDATA[Eva Berger]]></ac:plain-text-link-body>')} weiter.</p>`).html).toBe('<p>Bei Fragen hilft Eva Berger weiter.</p>');
    expect(convert(`<p>Bei Fragen hilft ${mention('')} weiter.</p>`).html).toBe('<p>Bei Fragen hilft  weiter.</p>');
    const file = (name: string) => macro(name, '', { name: '<ri:attachment ri:filename="Preise &amp; Konditionen.pdf" ri:version-at-save="1" />' });
    expect(convert(`<p>Preisliste: ${file('view-file')}, als PDF: ${file('viewpdf')}</p>`).html).toBe('<p>Preisliste: Preise &amp; Konditionen.pdf, als PDF: Preise &amp; Konditionen.pdf</p>');
  });

  it('tells a page with something to read from one without: words or an image alt text count, macros drawing from elsewhere do not', () => {
    const homepage = `${macro('livesearch', '', { spaceKey: '<ri:space ri:space-key="KB" />' })}${macro('contentbylabel', '', { cql: 'label = "kb-how-to-article"' })}`;
    const parent = macro('children', '', { all: 'true' });
    const include = macro('excerpt-include', '', { '': '<ac:link><ri:page ri:content-title="Rezepte drucken" /></ac:link>' });
    for (const empty of [homepage, parent, include, '<p>&nbsp;</p><hr />', '<p><ac:image><ri:url ri:value="https://cdn.example/x.png" /></ac:image></p>']) expect(convert(empty).hasText, empty).toBe(false);
    for (const full of ['<p>Text</p>', '<p><ac:image><ri:attachment ri:filename="schritt.png" /></ac:image></p>', macro('view-file', '', { name: '<ri:attachment ri:filename="Preise.pdf" />' })]) expect(convert(full).hasText, full).toBe(true);
  });

  it('makes a link to a page of the space that is an article a link to that article; other page links keep their text', () => {
    const article = (text: string) => `<a href="drucker-einrichten" rel="noopener noreferrer" target="_blank">${text}</a>`;
    const page = (attributes: string, body = '') => `<ac:link><ri:page ${attributes} />${body}</ac:link>`;
    const html = (inner: string) => convert(`<p>Siehe ${inner}.</p>`).html;
    expect(html(page('ri:content-title="Drucker einrichten"'))).toBe(`<p>Siehe ${article('Drucker einrichten')}.</p>`);
    expect(html(page('ri:content-title="Drucker einrichten" ri:space-key="KB"', '<ac:link-body><strong>Drucker</strong></ac:link-body>'))).toBe(`<p>Siehe ${article('<strong>Drucker</strong>')}.</p>`);
    expect(html(page('ri:content-title="Drucker einrichten" ri:space-key="OTHER"'))).toBe('<p>Siehe Drucker einrichten.</p>');
    expect(html(`${page('ri:content-title="Zahlungsarten"')} und <a href="https://medondo.example/preise">Preise</a>`)).toBe('<p>Siehe Zahlungsarten und <a href="https://medondo.example/preise" rel="noopener noreferrer" target="_blank">Preise</a>.</p>');
    for (const url of [
      'https://medondo.atlassian.net/wiki/spaces/KB/pages/42/Drucker+einrichten',
      'https://medondo.atlassian.net/wiki/spaces/kb/pages/42#Schritt-2',
      '/wiki/spaces/KB/pages/42',
      'https://medondo.atlassian.net/wiki/pages/viewpage.action?pageId=42',
      '/wiki/display/KB/Drucker+einrichten',
    ]) {
      expect(html(`<a href="${url}">hier</a>`), url).toBe(`<p>Siehe ${article('hier')}.</p>`);
      expect(html(`<ac:link><ri:url ri:value="${url}" /><ac:plain-text-link-body><![CDATA[dort]]></ac:plain-text-link-body></ac:link>`), url).toBe(`<p>Siehe ${article('dort')}.</p>`);
    }
    expect(html('<a href="https://medondo.atlassian.net/wiki/spaces/KB/pages/43">hier</a>')).toBe('<p>Siehe hier.</p>');
    expect(html('<a href="/wiki/spaces/OTHER/pages/42">hier</a>')).toBe('<p>Siehe hier.</p>');
    expect(html('<a href="https://medondo.atlassian.net/wiki/spaces/OTHER/pages/42">hier</a>')).toBe('<p>Siehe <a href="https://medondo.atlassian.net/wiki/spaces/OTHER/pages/42" rel="noopener noreferrer" target="_blank">hier</a>.</p>');
    expect(html('<a href="https://other.atlassian.net/wiki/spaces/KB/pages/42">hier</a>')).toBe('<p>Siehe <a href="https://other.atlassian.net/wiki/spaces/KB/pages/42" rel="noopener noreferrer" target="_blank">hier</a>.</p>');
    // A scoped token reads Confluence at api.atlassian.com; the pages still link to the site.
    const scoped = { ...SPACE, url: 'https://api.atlassian.com/ex/confluence/c0ffee/wiki' };
    const viaScoped = (inner: string) => resolvePageLinks(convertStorage(`<p>Siehe ${inner}.</p>`, scoped, 'de').html, articleOf);
    expect(viaScoped('<a href="https://medondo.atlassian.net/wiki/spaces/KB/pages/42/Drucker+einrichten">hier</a>')).toBe(`<p>Siehe ${article('hier')}.</p>`);
    expect(viaScoped('<a href="/wiki/spaces/KB/pages/42">hier</a>')).toBe(`<p>Siehe ${article('hier')}.</p>`);
    // A pasted address (Confluence's inline smart link) reads as the page's title, not as the address.
    const pasted = 'https://medondo.atlassian.net/wiki/spaces/KB/pages/42/Drucker+einrichten';
    expect(html(`<a href="${pasted}" data-card-appearance="inline">${pasted}</a>`)).toBe(`<p>Siehe ${article('Drucker einrichten')}.</p>`);
  });

  it('keeps merged table cells under their headings: rowspan and colspan of 1 to 50, others dropped', () => {
    const table = (cell: string) => convert(`<table><tbody><tr><th colspan="2">Praxis</th><th>Preis</th></tr><tr>${cell}<td>49 €</td></tr></tbody></table>`).html;
    expect(table('<td rowspan="2">A</td><td>B</td>')).toBe('<table><tbody><tr><th colspan="2">Praxis</th><th>Preis</th></tr><tr><td rowspan="2">A</td><td>B</td><td>49 €</td></tr></tbody></table>');
    expect(table('<td rowspan="50" colspan=" 3 ">A</td>')).toContain('<td rowspan="50" colspan="3">A</td>');
    for (const bad of ['0', '51', '-1', '2x', '1e1', '02', '" onclick="x', '']) expect(table(`<td rowspan="${bad}" colspan="${bad}" class="x">A</td>`), bad).toContain('<tr><td>A</td>');
  });

  it('keeps struck-through text struck through, however the editor wrote it', () => {
    const struck = (inner: string) => convert(`<p>Drucken Sie ${inner} Testseite.</p>`).html;
    for (const inner of ['<s>keine</s>', '<del>keine</del>', '<strike>keine</strike>', '<span style="text-decoration: line-through;">keine</span>', '<span style="color: rgb(255,0,0); text-decoration-line: line-through">keine</span>']) {
      expect(struck(inner), inner).toBe('<p>Drucken Sie <del>keine</del> Testseite.</p>');
    }
    expect(struck('<span style="text-decoration: underline;">keine</span>')).toBe('<p>Drucken Sie keine Testseite.</p>');
    expect(struck('<span style="content: \'line-through\'">keine</span>')).toBe('<p>Drucken Sie keine Testseite.</p>');
  });

  it('keeps superscript and subscript', () => {
    expect(convert('<p>10<sup>-3</sup> m, 5 m<sup>2</sup>, H<sub>2</sub>O</p>').html).toBe('<p>10<sup>-3</sup> m, 5 m<sup>2</sup>, H<sub>2</sub>O</p>');
  });

  it('makes h5 and h6 the widget\'s lowest heading, h4; inline content between blocks a paragraph', () => {
    expect(convert('<h4>Vier</h4><h5>Fünf</h5><h6>Sechs</h6>').html).toBe('<h4>Vier</h4><h4>Fünf</h4><h4>Sechs</h4>');
    const file = macro('view-file', '', { name: '<ri:attachment ri:filename="Preisliste.pdf" />' });
    expect(convert(`<p>Die Preisliste:</p>\n${file}\n<h2>Weiter</h2>`).html).toBe('<p>Die Preisliste:</p>\n<p>Preisliste.pdf</p>\n<h2>Weiter</h2>');
    expect(convert(`<p>Davor</p><ac:image ac:align="center"><ri:url ri:value="https://cdn.example/x.png" /></ac:image>${macro('status', '', { title: 'NEU' })}<ul><li>Punkt</li></ul>`).html)
      .toBe('<p>Davor</p><p><img src="https://cdn.example/x.png" />NEU</p><ul><li>Punkt</li></ul>');
    expect(convert(macro('note', `<ac:rich-text-body><p>Erst</p>${file}</ac:rich-text-body>`)).html).toBe('<blockquote><p><strong>Hinweis</strong></p><p>Erst</p><p>Preisliste.pdf</p></blockquote>');
    expect(convert('<p>Eins</p>\n<br />\n<p>Zwei</p>').html).toBe('<p>Eins</p>\n<br />\n<p>Zwei</p>');
  });

  it('titles a callout without a title by its kind, in the page\'s language; a panel only by its own title', () => {
    const box = (name: string, params: Record<string, string> = {}) => macro(name, '<ac:rich-text-body><p>Text</p></ac:rich-text-body>', params);
    const titles = (locale: Locale) => ['note', 'warning', 'tip', 'info'].map((name) => /<strong>(.*?)<\/strong>/.exec(convert(box(name), locale).html)?.[1]);
    expect(titles('de')).toEqual(['Hinweis', 'Achtung', 'Tipp', 'Info']);
    expect(titles('en')).toEqual(['Note', 'Warning', 'Tip', 'Info']);
    expect(convert(box('warning', { title: 'Vorsicht, Datenverlust' }), 'en').html).toBe('<blockquote><p><strong>Vorsicht, Datenverlust</strong></p><p>Text</p></blockquote>');
    expect(convert(box('panel')).html).toBe('<blockquote><p>Text</p></blockquote>');
    expect(convert(box('warning')).excerpt).toBe('Text');
    expect(convert(macro('info', '<ac:rich-text-body><p> </p></ac:rich-text-body>')).hasText).toBe(false);
  });

  it('puts a code block\'s title before it, as a callout\'s', () => {
    expect(convert(macro('code', '<ac:plain-text-body><![CDATA[lpstat -p]]></ac:plain-text-body>', { title: 'Drucker prüfen', language: 'bash' })).html)
      .toBe('<p><strong>Drucker prüfen</strong></p><pre><code>lpstat -p</code></pre>');
  });

  it('never shows an html macro, a raw ac: element or an unknown macro parameter', () => {
    const { html: out } = convert(`${macro('html', '<ac:plain-text-body><![CDATA[<b>roh</b>]]></ac:plain-text-body>')}<ac:unknown-thing><p>Text</p></ac:unknown-thing><ri:page ri:content-title="x" />${macro('children', '', { depth: '2' })}`);
    expect(out).toBe('<p>Text</p>');
  });

  it('leaves every XSS vector inert wherever it sits in a page', () => {
    for (const vector of XSS_VECTORS) {
      const cdata = vector.replace(/]]>/g, '');
      const attribute = vector.replace(/"/g, '&quot;');
      const places = [
        vector,
        `<p>${vector}</p>`,
        macro('info', `<ac:rich-text-body><p>${vector}</p></ac:rich-text-body>`),
        macro('code', `<ac:plain-text-body><![CDATA[${cdata}]]></ac:plain-text-body>`),
        macro('html', `<ac:plain-text-body><![CDATA[${cdata}]]></ac:plain-text-body>`),
        macro('status', '', { title: vector }),
        `<ac:link><ri:url ri:value="${attribute}" /><ac:plain-text-link-body><![CDATA[${cdata}]]></ac:plain-text-link-body></ac:link>`,
        `<ac:link><ri:page ri:content-title="${attribute}" /><ac:link-body>${vector}</ac:link-body></ac:link>`,
        `<ac:image ac:alt="${attribute}"><ri:url ri:value="${attribute}" /></ac:image>`,
        `<ac:emoticon ac:name="smile" ac:emoji-fallback="${attribute}" />`,
        `<table><tbody><tr><td>${vector}</td></tr></tbody></table>`,
        `<table><tbody><tr><td rowspan="${attribute}" colspan="${attribute}">x</td></tr></tbody></table>`,
        `<p><span style="${attribute}">${vector}</span><s>${vector}</s><sup>${vector}</sup></p>`,
        macro('code', `<ac:plain-text-body><![CDATA[x]]></ac:plain-text-body>`, { title: vector }),
      ];
      for (const place of places) expectInert(convert(place).html);
    }
  });
});
