import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problems } from '../problem.js';

/** Rejects oversized bodies with a 413 problem before anything reads them. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({ maxSize: maxBytes, onError: () => problems.tooLarge(maxBytes).toResponse() });
}
