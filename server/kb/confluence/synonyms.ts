import { parseSynonyms } from '../synonyms.js';
import type { IndexedPage, PageRecord } from './articles.js';
import { isElement, parseStorage, textOf, type Node } from './dom.js';

/** The label of pages in the knowledge-base space that hold synonym groups instead of an article. */
export const SYNONYMS_LABEL = 'medsupport-synonyms';

export const isSynonymPage = (page: PageRecord): boolean => page.labels.some((label) => label.trim().toLowerCase() === SYNONYMS_LABEL);

/** Elements that start a line of their own: paragraphs, list items, headings, code blocks, table cells. */
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'div', 'table', 'tr', 'td', 'th', 'hr']);

/** The non-empty text lines of a page's (converted) HTML: paragraphs, list items, `<br>` and code lines split them. */
export function textLines(html: string): string[] {
  const parts: string[] = [];
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) parts.push(textOf(node));
      else if (node.name === 'br') parts.push('\n');
      else {
        const block = BLOCKS.has(node.name);
        if (block) parts.push('\n');
        walk(node.children);
        if (block) parts.push('\n');
      }
    }
  };
  walk(parseStorage(html));
  return parts.join('').split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

/** The groups of every synonym page, in page order; bad lines are logged with the page id and skipped. */
export function synonymsOf(pages: Iterable<IndexedPage>, log: (line: string) => void): string[][] {
  const ordered = [...pages].filter(isSynonymPage).sort((a, b) => Number(a.pageId) - Number(b.pageId) || a.pageId.localeCompare(b.pageId));
  return ordered.flatMap((page) => parseSynonyms(textLines(page.html), `confluence page ${page.pageId}`, log));
}
