import type { SearchHit } from '../../search';
import { highlight } from '../../search/highlight';

/** Text with the matched words in `<mark>`, built from segments, never from HTML. */
export function Highlight({ text, hit }: { text: string; hit: SearchHit }) {
  return (
    <>
      {highlight(text, hit).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </>
  );
}
