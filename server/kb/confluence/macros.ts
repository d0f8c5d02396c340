import { childNamed, childrenNamed, escapeText, tag, textOf, type Element, type Render } from './dom.js';

/** Callout macros: their body is set apart from the text around it. */
const BOXED = new Set(['info', 'note', 'warning', 'tip', 'panel']);
/** Macros whose plain-text body is code and is shown as such. */
const CODE = new Set(['code', 'noformat']);
/** Macros that show an attached file in the page: a reader cannot open it, but its name keeps the sentence whole. */
const FILE = new Set(['view-file', 'viewpdf', 'viewdoc', 'viewxls', 'viewppt', 'multimedia']);

const parameterNamed = (macro: Element, name: string): Element | undefined => childrenNamed(macro, 'ac:parameter').find((p) => p.attribs['ac:name'] === name);

function parameter(macro: Element, name: string): string {
  const found = parameterNamed(macro, name);
  return found ? textOf(found).trim() : '';
}

/**
 * `<ac:structured-macro>` to article HTML: code as `<pre><code>`, callouts as a blockquote with their title, status
 * and Jira macros as their text, file previews as the file's name, any other macro with a rich-text body as that
 * body. The rest (toc, children, anchor, html, attachments…) is dropped: it renders from data the article does not
 * have, or is raw markup.
 */
export function renderMacro(macro: Element, render: Render): string {
  const name = macro.attribs['ac:name'] ?? '';
  const richBody = childNamed(macro, 'ac:rich-text-body');
  if (CODE.has(name)) {
    const plain = childNamed(macro, 'ac:plain-text-body');
    return plain ? tag('pre', {}, tag('code', {}, escapeText(textOf(plain)))) : '';
  }
  if (FILE.has(name)) {
    const file = parameterNamed(macro, 'name');
    return escapeText((file && childNamed(file, 'ri:attachment')?.attribs['ri:filename']) ?? '');
  }
  const title = parameter(macro, 'title');
  const heading = title === '' ? '' : tag('p', {}, tag('strong', {}, escapeText(title)));
  const body = richBody ? render(richBody.children) : '';
  if (BOXED.has(name)) return tag('blockquote', {}, heading + body);
  if (name === 'expand') return heading + body;
  if (name === 'status') return escapeText(title);
  if (name === 'jira') return escapeText(parameter(macro, 'key'));
  return body;
}
