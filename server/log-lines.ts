import type { Writable } from 'node:stream';

/**
 * Log lines to a stream, written once per turn of the event loop: a busy portal logs a line per request, and a
 * write per line cost more than the rest of answering a list from memory.
 */
export function lineWriter(stream: Writable): (line: string) => void {
  let pending = '';
  const flush = () => {
    stream.write(pending);
    pending = '';
  };
  return (line) => {
    if (pending === '') setImmediate(flush);
    pending += `${line}\n`;
  };
}
