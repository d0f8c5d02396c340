import { createHash } from 'node:crypto';

/**
 * Stands for a caller's (scope, Idempotency-Key) where a remote backend must recognise the call again (the JSM
 * gateway writes it into what it sends); a hash, so it says nothing about the caller. Hex (96 bits), because the
 * text goes through wiki markup, where `_` and `-` around characters are emphasis and strikethrough.
 */
export function idempotencyRef(scope: string, key: string): string {
  return createHash('sha256').update(`${scope}\n${key}`).digest('hex').slice(0, 24);
}
