import { h, type ComponentChild } from 'preact';

/**
 * Turns article HTML into Preact nodes without ever handing the string to an HTML parser: only an allowlist of
 * tags survives, only `href` of links (http, https, mailto) and the rows and columns a table cell spans as attributes,
 * an image as its alt text, everything else becomes text or is dropped. No `innerHTML`, so nothing in it can run and
 * no Trusted Types policy is needed.
 */
const ALLOWED = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'del', 'sup', 'sub', 'code', 'pre', 'blockquote', 'a', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const VOID = new Set(['br', 'hr']);
/**
 * The article's own headings start at h2; in the panel the dialog's title is the h2 and the article's title the
 * h3, so they move down two levels and stay in order below it.
 */
const SHIFTED: Record<string, string> = { h2: 'h4', h3: 'h5', h4: 'h6' };
/** Raw-text elements: their content is code or markup, never shown, not even as text. */
const DROP_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'noembed', 'noframes', 'xmp', 'textarea', 'title']);
/** A merged cell's `rowspan`/`colspan`, as the portal allows it: 1 to 50. */
const SPAN = /^(?:[1-9]|[1-4]\d|50)$/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

export function safeHref(raw: string): string | null {
  const value = decodeEntities(raw).trim();
  try {
    const url = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function rawAttribute(attributes: string, name: 'href' | 'alt' | 'rowspan' | 'colspan'): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

interface Frame {
  tag: string | null;
  children: ComponentChild[];
  props: Record<string, unknown>;
}

/** A closed element; a table scrolls sideways in a box of its own, so a wide one leaves the panel's text in view. */
function elementOf(frame: Frame): ComponentChild {
  const node = h(SHIFTED[frame.tag!] ?? frame.tag!, frame.props, ...frame.children);
  return frame.tag === 'table' ? h('div', { class: 'article-table' }, node) : node;
}

/** How links to other articles are recognised and opened: inside the panel, not in a new tab. */
export interface ArticleLinks {
  /** The address articles live under, e.g. `https://portal.example/api/portal/v1/articles/`. */
  base: string;
  open(id: string): void;
}

/**
 * A cross-reference is a link to another article's address; written relative in the Markdown (`[Drucker
 * einrichten](drucken-drucker-einrichten)`), it resolves against the article's own address.
 */
export function articleIdOf(raw: string, base: string): string | null {
  try {
    const url = new URL(decodeEntities(raw).trim(), base);
    if (!url.href.startsWith(base) || url.search || url.hash) return null;
    const id = decodeURIComponent(url.href.slice(base.length));
    return /^[\w-]+$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

export interface SafeHtmlOptions {
  links?: ArticleLinks;
  /**
   * The text that stands for an image, given its alt text, e.g. "[Bild: …]": the widget never loads an image (a
   * practice's screen is no place for a tracking pixel or a host it does not know), so its alt text is all of it.
   */
  image?: (alt: string) => string;
}

export function renderSafeHtml(html: string, { links, image = (alt) => alt }: SafeHtmlOptions = {}): ComponentChild[] {
  const root: Frame = { tag: null, children: [], props: {} };
  const stack: Frame[] = [root];
  let dropping: string | null = null;
  const tokens = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+|<)/g;
  for (const [whole, closing, rawTag, attributes = '', text] of html.matchAll(tokens)) {
    if (whole.startsWith('<!--')) continue;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (!dropping) top.children.push(decodeEntities(text));
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (dropping) {
      if (closing && tag === dropping) dropping = null;
      continue;
    }
    if (DROP_CONTENT.has(tag)) {
      if (!closing && !attributes.trim().endsWith('/')) dropping = tag;
      continue;
    }
    if (tag === 'img') {
      const alt = decodeEntities(rawAttribute(attributes, 'alt') ?? '').replace(/\s+/g, ' ').trim();
      // An image without alt text says nothing a reader could use.
      if (!closing && alt !== '') top.children.push(image(alt));
      continue;
    }
    if (!ALLOWED.has(tag)) continue;
    if (closing) {
      const at = stack.map((f) => f.tag).lastIndexOf(tag);
      // Close everything opened since, so misnested markup still yields a well-formed tree.
      while (at > 0 && stack.length > at) {
        const frame = stack.pop()!;
        stack[stack.length - 1]!.children.push(elementOf(frame));
      }
      continue;
    }
    const props: Record<string, unknown> = {};
    if (tag === 'a') {
      const raw = rawAttribute(attributes, 'href');
      const id = raw !== null && links ? articleIdOf(raw, links.base) : null;
      const href = raw === null ? null : safeHref(raw);
      if (id && links) {
        Object.assign(props, {
          href: `${links.base}${id}`,
          onClick: (event: MouseEvent) => {
            event.preventDefault();
            links.open(id);
          },
        });
      } else if (href) Object.assign(props, { href, target: '_blank', rel: 'noopener noreferrer' });
    }
    if (tag === 'td' || tag === 'th') {
      for (const name of ['rowspan', 'colspan'] as const) {
        const value = decodeEntities(rawAttribute(attributes, name) ?? '').trim();
        if (SPAN.test(value)) props[name] = value;
      }
    }
    if (VOID.has(tag)) top.children.push(h(tag, props));
    else stack.push({ tag, children: [], props });
  }
  while (stack.length > 1) {
    const frame = stack.pop()!;
    stack[stack.length - 1]!.children.push(elementOf(frame));
  }
  return root.children;
}
