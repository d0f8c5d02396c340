import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problems } from '../problem.js';

/**
 * Rejects oversized bodies with a 413 problem before anything reads them. The rest of the body is never read,
 * so the connection must not be reused for another request: Node is told to close it after the response.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      (c.env as Partial<HttpBindings> | undefined)?.outgoing?.setHeader('Connection', 'close');
      return problems.tooLarge(maxBytes).toResponse();
    },
  });
}
