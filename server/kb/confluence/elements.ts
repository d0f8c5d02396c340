import type { Locale } from '../../../src/api/contract.js';
import { absoluteUrl, childNamed, escapeText, IMAGE_PROTOCOLS, imageTag, isElement, LINK_PROTOCOLS, tag, textOf, type Element, type Render } from './dom.js';
import { emoticonText } from './emoticons.js';
import { renderMacro } from './macros.js';
import { pageLinkHref, pageOfReference, pageOfUrl, type KbSpace } from './page-links.js';

/**
 * Link text: the rich or plain link body, else what the link points at. A link to a page of the space is marked to
 * become a link to its article (`resolvePageLinks`); other page links stay text, as a Confluence URL would send
 * customers to a login they may not have.
 */
function renderLink(link: Element, render: Render, space: KbSpace): string {
  const raw = childNamed(link, 'ri:url')?.attribs['ri:value'];
  const url = absoluteUrl(raw, LINK_PROTOCOLS);
  const rich = childNamed(link, 'ac:link-body');
  const plain = childNamed(link, 'ac:plain-text-link-body');
  const target = link.children.find((c): c is Element => isElement(c) && c.name.startsWith('ri:'));
  const fallback = target?.attribs['ri:content-title'] ?? target?.attribs['ri:filename'] ?? raw ?? '';
  const text = rich ? render(rich.children) : escapeText(plain ? textOf(plain) : fallback);
  const page = raw !== undefined ? pageOfUrl(raw, space) : target?.name === 'ri:page' ? pageOfReference(target.attribs, space) : null;
  if (page) return tag('a', { href: pageLinkHref(page) }, text);
  return url ? tag('a', { href: url }, text) : text;
}

/** An attachment image without alt text is named by its file name, so the sentence around it keeps its picture. */
function renderImage(image: Element): string {
  const url = absoluteUrl(childNamed(image, 'ri:url')?.attribs['ri:value'], IMAGE_PROTOCOLS);
  const file = childNamed(image, 'ri:attachment')?.attribs['ri:filename'];
  return imageTag(url, image.attribs['ac:alt']?.trim() || file, image.attribs['ac:title']);
}

function renderTask(task: Element, render: Render): string {
  const done = textOf(childNamed(task, 'ac:task-status') ?? []).trim() === 'complete';
  const body = childNamed(task, 'ac:task-body');
  return tag('li', {}, `${done ? '☑' : '☐'} ${body ? render(body.children) : ''}`);
}

/** One `ac:`/`ri:` element to article HTML; never emits Confluence markup. */
export function renderConfluenceElement(element: Element, render: Render, space: KbSpace, locale: Locale): string {
  switch (element.name) {
    case 'ac:structured-macro':
      return renderMacro(element, render, locale);
    case 'ac:link':
      return renderLink(element, render, space);
    case 'ac:image':
      return renderImage(element);
    case 'ac:emoticon':
      return escapeText(emoticonText(element.attribs));
    case 'ac:task-list':
      return tag('ul', {}, element.children.filter(isElement).filter((c) => c.name === 'ac:task').map((t) => renderTask(t, render)).join(''));
    case 'ac:adf-extension': {
      // Newer editor content (custom panels, decisions) carries a storage-format fallback for older readers.
      const fallback = childNamed(element, 'ac:adf-fallback');
      return fallback ? render(fallback.children) : '';
    }
    case 'ac:parameter':
    case 'ac:plain-text-body':
    case 'ac:placeholder':
      return '';
    default:
      // Layouts, inline comment markers and wrappers: their content is article text. Bare ri: references are not.
      return element.name.startsWith('ri:') ? '' : render(element.children);
  }
}
