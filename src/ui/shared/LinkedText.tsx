import type { ComponentChildren } from 'preact';

// http(s) addresses only, up to the first blank or angle bracket; punctuation that ends a sentence stays text.
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

/**
 * Plain text from people (an agent's answer, a customer's reply) with its web addresses as links: every part is a
 * text node, so nothing in it is markup, and only http(s) addresses become links, which open in a new tab.
 */
export function LinkedText({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const start = match.index ?? 0;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <a href={match[0]} target="_blank" rel="noopener noreferrer">
        {match[0]}
      </a>,
    );
    at = start + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
