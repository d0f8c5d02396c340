import { LIMITS } from '../../src/api/contract.js';
import type { RateLimitConfig } from '../config.js';
import type { RateLimitRule, RateLimitStore } from '../store/portal-store.js';
import { problems } from './problem.js';

interface Bucket {
  tokens: number;
  updated: number;
  windowMs: number;
}

/**
 * Token buckets in this process's memory: right for a single portal process, and the default. Several portal
 * instances behind one address each count on their own unless they are given one shared `RateLimitStore`.
 */
export function createMemoryRateLimitStore(): RateLimitStore {
  const buckets = new Map<string, Bucket>();
  let operations = 0;

  /** Buckets idle for a whole window are full again and need no memory. */
  const sweep = (now: number): void => {
    for (const [id, bucket] of buckets) if (now - bucket.updated >= bucket.windowMs) buckets.delete(id);
  };

  return {
    async take(scope, key, { capacity, windowMs }) {
      const now = Date.now();
      if (++operations % 1000 === 0) sweep(now);
      const id = `${scope}\n${key}`;
      const refillPerMs = capacity / windowMs;
      const bucket = buckets.get(id) ?? { tokens: capacity, updated: now, windowMs };
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerMs);
      bucket.updated = now;
      bucket.windowMs = windowMs;
      buckets.set(id, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
    },
  };
}

/** One limit: a rule and the scope its buckets live under in the store. */
export interface RateLimiter {
  /** Resolves to 0 when allowed, else the whole seconds to wait. */
  take(key: string): Promise<number>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function createRateLimiters(config: RateLimitConfig, store: RateLimitStore = createMemoryRateLimitStore()) {
  const limiter = (scope: string, rule: RateLimitRule): RateLimiter => ({ take: (key) => store.take(scope, key, rule) });
  return {
    userWrites: limiter('user-writes', { capacity: config.userWritesPerMinute, windowMs: MINUTE }),
    ipWrites: limiter('ip-writes', { capacity: config.ipWritesPerMinute, windowMs: MINUTE }),
    anonymous: limiter('anonymous-requests', { capacity: config.anonymousRequestsPerHour, windowMs: HOUR }),
    // As many files as the visitor's requests can carry. Without it a visitor could store 300 files of 10 MB a minute
    // from one address (the per-IP write limit), kept on disk for 24 hours.
    anonymousUploads: limiter('anonymous-uploads', { capacity: config.anonymousRequestsPerHour * LIMITS.attachmentMaxCount, windowMs: HOUR }),
    registrationsByIp: limiter('registrations-by-ip', { capacity: config.registrationsPerHour, windowMs: HOUR }),
    registrationsByEmail: limiter('registrations-by-email', { capacity: config.registrationsPerHour, windowMs: HOUR }),
    feedback: limiter('feedback', { capacity: config.feedbackPer10Minutes, windowMs: 10 * MINUTE }),
    userReads: limiter('user-reads', { capacity: config.userReadsPerMinute, windowMs: MINUTE }),
    practiceReads: limiter('practice-reads', { capacity: config.practiceReadsPerMinute, windowMs: MINUTE }),
  };
}

export type RateLimiters = ReturnType<typeof createRateLimiters>;

/** Throws a 429 problem carrying Retry-After when the bucket for `key` is empty. */
export async function enforce(limiter: RateLimiter, key: string): Promise<void> {
  const wait = await limiter.take(key);
  if (wait > 0) throw problems.rateLimited(wait);
}
