import sanitizeHtml from 'sanitize-html';
import { ARTICLE_HTML } from '../render.js';

/** The space the knowledge base is read from: its key, and the Confluence address (`…/wiki`) of its pages. */
export interface KbSpace {
  key: string;
  url: string;
}

/** Another page of the space that a link points at: by title (`ri:page`) or by id (a page URL). */
export type PageTarget = { title: string } | { pageId: string };

/**
 * Which pages are articles, and under which ids, is known only once the whole space is indexed; until then a link to
 * a page of the space is an anchor with this fragment. Converted HTML has no other relative link (`absoluteUrl`), so
 * nothing a page writes can pass for one.
 */
const MARK = '#confluence-page:';

/** Ends the mark of a link whose text is its own address (a pasted URL, an inline "smart link"): it shows the title. */
const NAMED_BY_URL = ':url';

export function pageLinkHref(target: PageTarget, namedByUrl = false): string {
  const mark = 'title' in target ? `${MARK}title:${encodeURIComponent(target.title)}` : `${MARK}id:${encodeURIComponent(target.pageId)}`;
  return namedByUrl ? `${mark}${NAMED_BY_URL}` : mark;
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function targetOfHref(href: string | undefined): PageTarget | null {
  if (!href?.startsWith(MARK)) return null;
  const rest = href.slice(MARK.length, href.endsWith(NAMED_BY_URL) ? -NAMED_BY_URL.length : undefined);
  const colon = rest.indexOf(':');
  const value = decoded(rest.slice(colon + 1));
  if (value === null) return null;
  const kind = rest.slice(0, colon);
  if (kind === 'title') return { title: value };
  return kind === 'id' ? { pageId: value } : null;
}

const sameKey = (key: string | undefined, space: KbSpace): boolean => key === undefined || key.toLowerCase() === space.key.toLowerCase();

/** The page an `ac:link`'s `ri:page` names, when it is one of `space` (no `ri:space-key` means the page's own space). */
export function pageOfReference(attribs: Record<string, string>, space: KbSpace): PageTarget | null {
  const title = attribs['ri:content-title'];
  return title && sameKey(attribs['ri:space-key'], space) ? { title } : null;
}

/**
 * The page of `space` that a URL shows, absolute or relative to the site: `…/spaces/KEY/pages/123[/Title]`,
 * `…/pages/viewpage.action?pageId=123` or `…/display/KEY/Title`; null for any other address.
 */
export function pageOfUrl(address: string, space: KbSpace): PageTarget | null {
  let url: URL;
  let base: URL;
  try {
    base = new URL(`${space.url}/`);
    url = new URL(address.trim(), base);
  } catch {
    return null;
  }
  // With a scoped token the gateway reads Confluence at api.atlassian.com, while pages link to the site itself
  // (`https://<site>.atlassian.net/wiki/…`, or `/wiki/…`), whose name the gateway is not told: there a Cloud site's
  // wiki counts.
  const scoped = base.hostname === 'api.atlassian.com';
  const root = url.origin === base.origin && url.pathname.startsWith(base.pathname)
    ? base.pathname
    : scoped && (url.hostname.endsWith('.atlassian.net') || url.origin === base.origin) && url.pathname.startsWith('/wiki/') ? '/wiki/' : null;
  if (root === null) return null;
  const segments = url.pathname.slice(root.length).split('/');
  const [first, key, third, fourth] = segments.map(decoded);
  if (first === 'spaces' && third === 'pages' && fourth && /^\d+$/.test(fourth) && key && sameKey(key, space)) return { pageId: fourth };
  if (first === 'pages' && key === 'viewpage.action' && segments.length === 2) {
    const pageId = url.searchParams.get('pageId');
    return pageId !== null && /^\d+$/.test(pageId) ? { pageId } : null;
  }
  // Old-style page URLs name the page by its title, a space written as `+` (a `+` of the title as `%2B`).
  const title = first === 'display' && segments.length === 3 && key && sameKey(key, space) ? decoded((segments[2] ?? '').replace(/\+/g, ' ')) : null;
  return title ? { title } : null;
}

/**
 * `html` with each page link made a link to that page's article (its id, relative to the article's own address, as
 * the Markdown articles write cross-references), or only its text when that page is no article.
 */
export function resolvePageLinks(html: string, articleOf: (target: PageTarget) => { id: string; title: string } | null): string {
  if (!html.includes(MARK)) return html;
  return sanitizeHtml(html, {
    ...ARTICLE_HTML,
    transformTags: {
      ...ARTICLE_HTML.transformTags,
      a: (tagName, attribs) => {
        const target = targetOfHref(attribs.href);
        if (!target) return { tagName, attribs };
        const article = articleOf(target);
        if (!article) return { tagName, attribs: {} };
        // Customers would read a Confluence address where the page's title says where the link leads.
        return { tagName, attribs: { ...attribs, href: article.id }, ...(attribs.href?.endsWith(NAMED_BY_URL) ? { text: article.title } : {}) };
      },
    },
    // Every other link of converted HTML has an href: one without is a page that is no article, kept as its text.
    exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
  });
}
