import sanitizeHtml from 'sanitize-html';
import { EXCERPT_MAX } from '../loader.js';
import { ARTICLE_HTML, quotedTexts, truncate } from '../render.js';
import { absoluteUrl, escapeText, IMAGE_PROTOCOLS, imageTag, isElement, LINK_PROTOCOLS, parseStorage, tag, textOf, type Element, type Node, type Render } from './dom.js';
import { renderConfluenceElement } from './elements.js';
import { pageLinkHref, pageOfUrl, type KbSpace } from './page-links.js';

export interface ConvertedPage {
  /** Sanitised with the Markdown articles' allowlist. */
  html: string;
  /** Plain text of the first non-empty paragraph, truncated as the Markdown loader does. */
  excerpt: string;
  /** What the page quotes: the software's messages and labels. */
  messages: string[];
  /**
   * Whether there is anything to read: words, or an image's alt text. A page made only of macros that draw on data
   * the article does not have (a space homepage's search and label lists, a parent page's children) has none.
   */
  hasText: boolean;
}

/** HTML elements kept as they are (the sanitiser then decides on attributes and turns h1 into h2). */
const KEPT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'hr', 'kbd']);

/** Elements whose content is code, markup or form state, never article text. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'title', 'select', 'option', 'head', 'noembed', 'noframes', 'xmp', 'button', 'input', 'audio', 'video']);

function renderHtmlElement(element: Element, render: Render, space: KbSpace): string {
  const { name, attribs } = element;
  if (DROPPED.has(name)) return '';
  if (name === 'a') {
    const page = attribs.href === undefined ? null : pageOfUrl(attribs.href, space);
    if (page) return tag('a', { href: pageLinkHref(page) }, render(element.children));
    const href = absoluteUrl(attribs.href, LINK_PROTOCOLS);
    return href ? tag('a', { href, title: attribs.title }, render(element.children)) : render(element.children);
  }
  if (name === 'img') return imageTag(absoluteUrl(attribs.src, IMAGE_PROTOCOLS), attribs.alt, attribs.title);
  // Confluence writes dates as <time datetime="2024-05-01" />; the date is the content.
  if (name === 'time') return escapeText(attribs.datetime ?? textOf(element));
  if (KEPT.has(name)) return tag(name, {}, render(element.children));
  // span, div, u, s, sub, sup, colgroup… carry styling only: keep their content.
  return render(element.children);
}

function renderer(space: KbSpace): Render {
  const render: Render = (nodes) =>
    nodes
      .map((node) => {
        if (isElement(node)) return /^(ac|ri):/.test(node.name) ? renderConfluenceElement(node, render, space) : renderHtmlElement(node, render, space);
        if (node.type === 'text') return escapeText(textOf(node));
        if (node.type === 'cdata') return escapeText(textOf(node));
        return '';
      })
      .join('');
  return render;
}

const paragraphText = (node: Node): string => (isElement(node) && node.name === 'p' ? textOf(node).replace(/\s+/g, ' ').trim() : '');

/** As the Markdown loader: a top-level paragraph (not a callout's or a table's), else the first one anywhere. */
function firstParagraph(nodes: Node[]): string {
  const anywhere = (list: Node[]): string => {
    for (const node of list) {
      const text = paragraphText(node) || (isElement(node) ? anywhere(node.children) : '');
      if (text !== '') return text;
    }
    return '';
  };
  return nodes.map(paragraphText).find((text) => text !== '') ?? anywhere(nodes);
}

const hasText = (nodes: Node[]): boolean =>
  nodes.some((node) => (isElement(node) ? (node.name === 'img' && (node.attribs.alt ?? '').trim() !== '') || hasText(node.children) : textOf(node).trim() !== ''));

/**
 * Confluence storage format (XHTML with ac:/ri: elements) of a page of `space` to the portal's article HTML; no ac:
 * markup survives. Links to other pages of the space are marked, for `resolvePageLinks`.
 */
export function convertStorage(storage: string, space: KbSpace): ConvertedPage {
  const html = sanitizeHtml(renderer(space)(parseStorage(storage)), ARTICLE_HTML);
  const nodes = parseStorage(html);
  return { html, excerpt: truncate(firstParagraph(nodes), EXCERPT_MAX), messages: quotedTexts(html), hasText: hasText(nodes) };
}
