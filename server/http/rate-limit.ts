import type { RateLimitConfig } from '../config.js';
import { problems } from './problem.js';

/**
 * Token buckets in memory: each key may burst up to `capacity` and refills at capacity per `windowMs`.
 * Per process, which is right for the single-process reference server.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();
  private readonly refillPerMs: number;
  private operations = 0;

  constructor(private readonly capacity: number, private readonly windowMs: number) {
    this.refillPerMs = capacity / windowMs;
  }

  /** Takes one token; returns 0 when allowed, else the whole seconds to wait. */
  take(key: string, now = Date.now()): number {
    if (++this.operations % 1000 === 0) this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updated: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updated) * this.refillPerMs);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000));
  }

  /** Buckets idle for a whole window are full again and need no memory. */
  private sweep(now: number) {
    for (const [key, bucket] of this.buckets) if (now - bucket.updated >= this.windowMs) this.buckets.delete(key);
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function createRateLimiters(config: RateLimitConfig) {
  return {
    userWrites: new TokenBuckets(config.userWritesPerMinute, MINUTE),
    ipWrites: new TokenBuckets(config.ipWritesPerMinute, MINUTE),
    anonymous: new TokenBuckets(config.anonymousRequestsPerHour, HOUR),
    registrationsByIp: new TokenBuckets(config.registrationsPerHour, HOUR),
    registrationsByEmail: new TokenBuckets(config.registrationsPerHour, HOUR),
  };
}

export type RateLimiters = ReturnType<typeof createRateLimiters>;

/** Throws a 429 problem carrying Retry-After when the bucket for `key` is empty. */
export function enforce(buckets: TokenBuckets, key: string): void {
  const wait = buckets.take(key);
  if (wait > 0) throw problems.rateLimited(wait);
}
