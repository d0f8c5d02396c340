import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { articleIdOf, decodeEntities, renderSafeHtml, safeHref } from '../../src/ui/article/safe-html';
import { XSS_VECTORS } from '../fixtures/xss-vectors';

const mount = (html: string): HTMLElement => {
  const el = document.createElement('div');
  render(<>{renderSafeHtml(html)}</>, el);
  return el;
};

describe('renderSafeHtml', () => {
  it('keeps the formatting of an article; its headings sit two levels below the article title', () => {
    const el = mount('<h2>Schritte</h2><ol><li><strong>Einstellungen</strong> &gt; Drucker</li></ol><p>Siehe <a href="https://example.com/a?b=1&amp;c=2">Hilfe</a>.</p>');
    expect(el.querySelector('h2')).toBeNull();
    expect(el.querySelector('h4')!.textContent).toBe('Schritte');
    expect(el.querySelector('ol li strong')!.textContent).toBe('Einstellungen');
    expect(el.querySelector('li')!.textContent).toBe('Einstellungen > Drucker');
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.com/a?b=1&c=2');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each(XSS_VECTORS)('renders %s inert', (vector) => {
    const el = mount(`<p>vorher</p>${vector}<p>nachher</p>`);
    const all = [...el.querySelectorAll('*')];
    const allowed = new Set(['P', 'A', 'STRONG', 'EM', 'B', 'I', 'DEL', 'SUP', 'SUB', 'UL', 'OL', 'LI', 'H2', 'H3', 'H4', 'CODE', 'PRE', 'BLOCKQUOTE', 'BR', 'HR', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD']);
    for (const node of all) {
      if (node.tagName === 'DIV') expect([node.getAttributeNames(), node.className, node.firstElementChild?.tagName]).toEqual([['class'], 'article-table', 'TABLE']);
      else expect(allowed.has(node.tagName)).toBe(true);
      for (const attr of node.getAttributeNames()) expect(['href', 'target', 'rel', 'rowspan', 'colspan', ...(node.tagName === 'DIV' ? ['class'] : [])]).toContain(attr);
      for (const attr of ['rowspan', 'colspan']) if (node.hasAttribute(attr)) expect(node.getAttribute(attr)).toMatch(/^([1-9]|[1-4]\d|50)$/);
      const href = node.getAttribute('href');
      if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/);
    }
    expect(el.textContent).toContain('vorher');
    expect(el.textContent).not.toContain('__xss=1</script>');
  });

  it('shows an image as its alt text, marked as the caller says, and loads none; nothing for an image without alt text', () => {
    const el = document.createElement('div');
    const html = '<p>Öffnen Sie die Einstellungen: <img src="https://cdn.example/drucker.png" alt="Menü &amp; &quot;Drucker&quot;" /> Fertig.</p><p><img src="https://tracker.example/p.gif" /><img alt=" " />Ende<img alt=\'Zahnrad\'></p>';
    render(<>{renderSafeHtml(html, { image: (alt) => `[Bild: ${alt}]` })}</>, el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.innerHTML).not.toContain('cdn.example');
    expect([...el.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Öffnen Sie die Einstellungen: [Bild: Menü & "Drucker"] Fertig.', 'Ende[Bild: Zahnrad]']);
  });

  it('keeps merged table cells (1 to 50 rows or columns) and puts a table in a box that scrolls sideways', () => {
    const el = mount('<table><thead><tr><th colspan="2">Praxis</th><th rowspan=\'3\'>Preis</th></tr></thead><tbody><tr><td rowspan="2" colspan="51">A</td><td colspan="0" rowspan="2x" onclick="x" style="color:red">B</td></tr></tbody></table>');
    const table = el.querySelector('div.article-table > table')!;
    expect(el.firstElementChild!.className).toBe('article-table');
    expect([...table.querySelectorAll('th, td')].map((cell) => [cell.getAttribute('rowspan'), cell.getAttribute('colspan')])).toEqual([[null, '2'], ['3', null], ['2', null], [null, null]]);
    expect(table.querySelector('td:last-child')!.getAttributeNames()).toEqual([]);
  });

  it('keeps struck-through text, superscript and subscript', () => {
    const el = mount('<p>Drucken Sie <del>keine</del> Testseite, 10<sup>-3</sup> m, H<sub>2</sub>O.</p>');
    expect(el.querySelector('p del')!.textContent).toBe('keine');
    expect(el.querySelector('p sup')!.textContent).toBe('-3');
    expect(el.querySelector('p sub')!.textContent).toBe('2');
  });

  it('closes misnested and unclosed tags into a well-formed tree', () => {
    const el = mount('<p><strong>fett<em>beides</p>danach');
    expect(el.querySelector('p strong em')!.textContent).toBe('beides');
    expect(el.textContent).toBe('fettbeidesdanach');
  });
});

describe('helpers', () => {
  it('decodes named and numeric entities, and replaces invalid code points', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &#228;&#x00DF; &#0; &unknown;')).toBe('<b> & äß \ufffd &unknown;');
  });
  it('allows only http, https and mailto links', () => {
    expect(safeHref('https://medondo.com/')).toBe('https://medondo.com/');
    expect(safeHref('mailto:support@medondo.com')).toBe('mailto:support@medondo.com');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('&#106;avascript:alert(1)')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
  });
});

describe('links between articles', () => {
  const base = 'https://portal.example/api/portal/v1/articles/';
  it('recognises a relative or absolute link to another article, and nothing else', () => {
    expect(articleIdOf('drucken-drucker-einrichten', base)).toBe('drucken-drucker-einrichten');
    expect(articleIdOf(`${base}export-daten`, base)).toBe('export-daten');
    expect(articleIdOf('https://support.google.com/chrome/answer/95472', base)).toBeNull();
    expect(articleIdOf('../requests', base)).toBeNull();
    expect(articleIdOf('javascript:alert(1)', base)).toBeNull();
  });
});
