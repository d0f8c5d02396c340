import { DomUtils, parseDocument } from 'htmlparser2';

/** A node of the parsed storage document (htmlparser2's DOM, without importing its transitive type package). */
export type Node = ReturnType<typeof parseDocument>['children'][number];
export type Element = Extract<Node, { attribs: Record<string, string> }>;

/** Renders nodes to unsanitised article HTML; passed down so element handlers can render their bodies. */
export type Render = (nodes: Node[]) => string;

/**
 * Storage format is XHTML, but pages carry HTML named entities (`&nbsp;`, `&auml;`), so it is parsed in HTML mode
 * with the two XML features it relies on: CDATA (code bodies) and self-closing `<ri:… />` elements.
 */
export function parseStorage(storage: string): Node[] {
  return parseDocument(storage, { recognizeCDATA: true, recognizeSelfClosing: true }).children;
}

/** Tags, scripts and styles alike: htmlparser2 gives the last two node types of their own. */
export const isElement = (node: Node): node is Element => 'attribs' in node;

export function textOf(nodes: Node | Node[]): string {
  return DomUtils.textContent(nodes);
}

/** Direct children with the given tag name, e.g. `ac:parameter`. */
export function childrenNamed(element: Element, name: string): Element[] {
  return element.children.filter((child): child is Element => isElement(child) && child.name === name);
}

export function childNamed(element: Element, name: string): Element | undefined {
  return childrenNamed(element, name)[0];
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * The URL when it is absolute with one of `protocols`, else undefined. Stricter than the sanitiser, which lets
 * relative URLs through: an article has no base URL, and the widget drops them anyway.
 */
export function absoluteUrl(raw: string | undefined, protocols: readonly string[]): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw.trim());
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const LINK_PROTOCOLS = ['https:', 'http:', 'mailto:'];
export const IMAGE_PROTOCOLS = ['https:'];

const VOID = new Set(['br', 'hr', 'img']);

/**
 * An image: `src` only with an https URL (`absoluteUrl`), the alt text as the reader's only view of it otherwise (an
 * attachment needs Confluence credentials to load, and the widget loads no image at all); nothing when it has neither.
 */
export function imageTag(src: string | undefined, alt: string | undefined, title: string | undefined): string {
  const text = alt?.trim() ?? '';
  return src || text !== '' ? tag('img', { src, alt: text, title }) : '';
}

/** An element with the given attributes, escaped; empty values are left out, and void elements get no content. */
export function tag(name: string, attributes: Record<string, string | undefined>, inner = ''): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  return VOID.has(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${inner}</${name}>`;
}
