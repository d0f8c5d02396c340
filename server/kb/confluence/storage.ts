import { DomUtils, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import type { Locale } from '../../../src/api/contract.js';
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

/**
 * HTML elements kept as they are, a table cell with the rows and columns it spans (the sanitiser then checks those,
 * turns h1 into h2, h5 and h6 into h4, and s and strike into del).
 */
const KEPT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 's', 'strike', 'del', 'sup', 'sub', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'hr', 'kbd']);

/** The editor strikes text through as `<span style="text-decoration: line-through;">`. */
const STRUCK = /(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b/i;

/** The elements of rendered HTML that are no block: runs of them (and text) between blocks become a paragraph. */
const INLINE = new Set(['a', 'img', 'strong', 'em', 'b', 'i', 's', 'strike', 'del', 'sup', 'sub', 'code', 'kbd', 'br']);

/** Elements whose content is code, markup or form state, never article text. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'title', 'select', 'option', 'head', 'noembed', 'noframes', 'xmp', 'button', 'input', 'audio', 'video']);

function renderHtmlElement(element: Element, render: Render, space: KbSpace): string {
  const { name, attribs } = element;
  if (DROPPED.has(name)) return '';
  if (name === 'a') {
    const page = attribs.href === undefined ? null : pageOfUrl(attribs.href, space);
    if (page) return tag('a', { href: pageLinkHref(page, textOf(element).trim() === attribs.href?.trim()) }, render(element.children));
    const href = absoluteUrl(attribs.href, LINK_PROTOCOLS);
    return href ? tag('a', { href, title: attribs.title }, render(element.children)) : render(element.children);
  }
  if (name === 'img') return imageTag(absoluteUrl(attribs.src, IMAGE_PROTOCOLS), attribs.alt, attribs.title);
  // Confluence writes dates as <time datetime="2024-05-01" />; the date is the content.
  if (name === 'time') return escapeText(attribs.datetime ?? textOf(element));
  if (name === 'td' || name === 'th') return tag(name, { rowspan: attribs.rowspan, colspan: attribs.colspan }, render(element.children));
  if (KEPT.has(name)) return tag(name, {}, render(element.children));
  if (name === 'span' && STRUCK.test(attribs.style ?? '')) return tag('del', {}, render(element.children));
  // span, div, u, colgroup… carry styling only: keep their content.
  return render(element.children);
}

function renderer(space: KbSpace, locale: Locale): Render {
  const render: Render = (nodes) =>
    nodes
      .map((node) => {
        if (isElement(node)) return /^(ac|ri):/.test(node.name) ? renderConfluenceElement(node, render, space, locale) : renderHtmlElement(node, render, space);
        if (node.type === 'text') return escapeText(textOf(node));
        if (node.type === 'cdata') return escapeText(textOf(node));
        return '';
      })
      .join('');
  return render;
}

const paragraphText = (node: Node): string => (isElement(node) && node.name === 'p' ? textOf(node).replace(/\s+/g, ' ').trim() : '');

const isBlank = (node: Node): boolean => (isElement(node) ? node.name === 'br' : textOf(node).trim() === '');

/**
 * The rendered page with each run of inline content between blocks (a file preview's name, a block image, a status)
 * made a paragraph, at the top and in callouts; whitespace at either end of a run stays outside.
 */
function paragraphed(nodes: Node[]): string {
  let html = '';
  let run: Node[] = [];
  const flush = (): void => {
    const inline = DomUtils.getOuterHTML(run);
    const start = inline.length - inline.trimStart().length;
    const end = inline.trimEnd().length;
    html += run.every(isBlank) ? inline : `${inline.slice(0, start)}<p>${inline.slice(start, end)}</p>${inline.slice(end)}`;
    run = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || INLINE.has(node.name)) {
      run.push(node);
      continue;
    }
    flush();
    html += node.name === 'blockquote' ? `<blockquote>${paragraphed(node.children)}</blockquote>` : DomUtils.getOuterHTML(node);
  }
  flush();
  return html;
}

/** A callout's title (`renderMacro`): the first paragraph of a blockquote, all of it bold. */
function isCalloutTitle(node: Node, parent: Element | null): boolean {
  if (parent?.name !== 'blockquote' || parent.children.find((child) => !isBlank(child)) !== node || !isElement(node) || node.name !== 'p') return false;
  const parts = node.children.filter((child) => !isBlank(child));
  return parts.length === 1 && isElement(parts[0]!) && parts[0].name === 'strong';
}

/**
 * As the Markdown loader: a top-level paragraph (not a callout's or a table's), else the first one anywhere but a
 * callout's title ("Hinweis" says nothing of the article).
 */
function firstParagraph(nodes: Node[]): string {
  const anywhere = (list: Node[], parent: Element | null): string => {
    for (const node of list) {
      if (isCalloutTitle(node, parent)) continue;
      const text = paragraphText(node) || (isElement(node) ? anywhere(node.children, node) : '');
      if (text !== '') return text;
    }
    return '';
  };
  return nodes.map(paragraphText).find((text) => text !== '') ?? anywhere(nodes, null);
}

const hasText = (nodes: Node[]): boolean =>
  nodes.some((node) => (isElement(node) ? (node.name === 'img' && (node.attribs.alt ?? '').trim() !== '') || hasText(node.children) : textOf(node).trim() !== ''));

/**
 * Confluence storage format (XHTML with ac:/ri: elements) of a page of `space` to the portal's article HTML; no ac:
 * markup survives. Links to other pages of the space are marked, for `resolvePageLinks`. `locale` is the page's
 * language, for the words the converter adds (a callout's default title).
 */
export function convertStorage(storage: string, space: KbSpace, locale: Locale): ConvertedPage {
  const html = sanitizeHtml(paragraphed(parseDocument(renderer(space, locale)(parseStorage(storage))).children), ARTICLE_HTML);
  const nodes = parseStorage(html);
  return { html, excerpt: truncate(firstParagraph(nodes), EXCERPT_MAX), messages: quotedTexts(html), hasText: hasText(nodes) };
}
