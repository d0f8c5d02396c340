import type { Locale } from '../../../src/api/contract.js';
import { childNamed, childrenNamed, escapeText, tag, textOf, type Element, type Render } from './dom.js';

/** Callout macros: their body is set apart from the text around it. */
const BOXED = new Set(['info', 'note', 'warning', 'tip', 'panel']);
/**
 * The title a callout without one is shown with, in the page's language, as Confluence marks it by its colour and
 * icon. Article content, not the widget's words: the widget shows the article in its own language.
 */
const CALLOUT_TITLES: Record<Locale, Record<string, string>> = {
  de: { info: 'Info', note: 'Hinweis', warning: 'Achtung', tip: 'Tipp' },
  en: { info: 'Info', note: 'Note', warning: 'Warning', tip: 'Tip' },
};
/** Macros whose plain-text body is code and is shown as such. */
const CODE = new Set(['code', 'noformat']);
/** Macros that show an attached file in the page: a reader cannot open it, but its name keeps the sentence whole. */
const FILE = new Set(['view-file', 'viewpdf', 'viewdoc', 'viewxls', 'viewppt', 'multimedia']);

const parameterNamed = (macro: Element, name: string): Element | undefined => childrenNamed(macro, 'ac:parameter').find((p) => p.attribs['ac:name'] === name);

function parameter(macro: Element, name: string): string {
  const found = parameterNamed(macro, name);
  return found ? textOf(found).trim() : '';
}

const headingOf = (title: string): string => (title === '' ? '' : tag('p', {}, tag('strong', {}, escapeText(title))));

/**
 * `<ac:structured-macro>` to article HTML: code as `<pre><code>` after its title, callouts as a blockquote with their
 * title (else the kind's, in `locale`), status and Jira macros as their text, file previews as the file's name, any
 * other macro with a rich-text body as that body. The rest (toc, children, anchor, html, attachments…) is dropped: it
 * renders from data the article does not have, or is raw markup.
 */
export function renderMacro(macro: Element, render: Render, locale: Locale): string {
  const name = macro.attribs['ac:name'] ?? '';
  const richBody = childNamed(macro, 'ac:rich-text-body');
  const title = parameter(macro, 'title');
  if (CODE.has(name)) {
    const plain = childNamed(macro, 'ac:plain-text-body');
    return plain ? headingOf(title) + tag('pre', {}, tag('code', {}, escapeText(textOf(plain)))) : '';
  }
  if (FILE.has(name)) {
    const file = parameterNamed(macro, 'name');
    return escapeText((file && childNamed(file, 'ri:attachment')?.attribs['ri:filename']) ?? '');
  }
  const body = richBody ? render(richBody.children) : '';
  if (BOXED.has(name)) {
    // An empty box without a title says nothing.
    if (title === '' && textOf(richBody ?? []).trim() === '') return body;
    return tag('blockquote', {}, headingOf(title || (CALLOUT_TITLES[locale][name] ?? '')) + body);
  }
  const heading = headingOf(title);
  if (name === 'expand') return heading + body;
  if (name === 'status') return escapeText(title);
  if (name === 'jira') return escapeText(parameter(macro, 'key'));
  return body;
}
