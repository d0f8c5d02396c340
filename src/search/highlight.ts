import { scanWords, termsOf } from './tokenize';

/** A piece of text, `match` when it should be marked (render it as `<mark>`, never as HTML). */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Cuts `text` (an article's title or excerpt) into segments, marking the words through which a search hit matched.
 * Joining the segments' texts gives back `text` unchanged.
 */
export function highlight(text: string, hit: { matched: readonly string[] }): HighlightSegment[] {
  const matched = new Set(hit.matched);
  const segments: HighlightSegment[] = [];
  const push = (piece: string, match: boolean) => piece && segments.push({ text: piece, match });
  let done = 0;
  scanWords(text, (from, to) => {
    if (termsOf(text.slice(from, to)).some((t) => matched.has(t))) {
      push(text.slice(done, from), false);
      push(text.slice(from, to), true);
      done = to;
    }
  });
  push(text.slice(done), false);
  return segments;
}
