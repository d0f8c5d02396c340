import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** A merged table cell spans 1 to 50 rows or columns: any other value is dropped, so the cell spans one. */
const SPAN = /^(?:[1-9]|[1-4]\d|50)$/;
const tableCell: sanitizeHtml.Transformer = (tagName, attribs) => {
  const kept = { ...attribs };
  for (const name of ['rowspan', 'colspan']) {
    const value = kept[name]?.trim();
    if (value !== undefined && SPAN.test(value)) kept[name] = value;
    else delete kept[name];
  }
  return { tagName, attribs: kept };
};

/** The allowlist every article body goes through, whatever its source (Markdown here, Confluence in confluence/). */
export const ARTICLE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'del', 'sup', 'sub', 'code', 'pre', 'blockquote',
    'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'kbd',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title'],
    th: ['align', 'rowspan', 'colspan'],
    td: ['align', 'rowspan', 'colspan'],
  },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'data'] },
  transformTags: {
    // Article headings start at h2 because the widget shows the title as the page's h1; the widget has three levels
    // below it (h2–h4), so h5 and h6 are its lowest one.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // Struck-through text says something (a step no longer done, a word taken back): it stays struck through.
    s: 'del',
    strike: 'del',
    td: tableCell,
    th: tableCell,
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
  },
};

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), ARTICLE_HTML);
}

/** Plain text of the first paragraph, for the search index when the front matter has no excerpt. */
export function firstParagraph(markdown: string): string {
  const token = marked.lexer(markdown).find((t) => t.type === 'paragraph');
  if (!token) return '';
  const html = marked.parseInline(token.raw, { async: false });
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// A message is a line of the software's, not a paragraph; a page names a few dozen at most.
const MESSAGE_MAX = 160;
const MESSAGES_MAX = 30;
const QUOTED = /„([^„“”"\n]+)[“”]|“([^“”"\n]+)”|"([^"\n]+)"|«([^«»\n]+)»|»([^«»\n]+)«/g;

/**
 * The texts an article's HTML quotes („…“, “…”, "…", «…», »…«): the messages and labels of the software that it
 * explains, spelled as users see them. Each once, in order, at most 30 of at most 160 characters.
 */
export function quotedTexts(html: string): string[] {
  const text = decodeEntities(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }));
  const found = new Set<string>();
  for (const match of text.matchAll(QUOTED)) {
    const quoted = match.slice(1).find((group) => group !== undefined)!.replace(/\s+/g, ' ').trim();
    if (quoted.length >= 2 && quoted.length <= MESSAGE_MAX) found.add(quoted);
    if (found.size === MESSAGES_MAX) break;
  }
  return [...found];
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
