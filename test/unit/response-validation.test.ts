import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindForStatus, parseRetryAfter, PortalError } from '../../src/api/errors';
import * as schema from '../../src/api/schemas';
import { InvalidResponseError } from '../../src/api/validate';

const validSummary = {
  key: 'MED-1',
  summary: 'Drucker',
  requestType: { id: 'rt-bug', key: 'bug', name: 'Fehler melden' },
  status: { id: 'in_progress', name: 'In Bearbeitung', category: 'open' },
  createdBy: { id: 'u1', name: 'Anna' },
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  lastAgentActivityAt: null,
};

describe('response validators', () => {
  it.each(Object.entries(schema))('%s never fails with anything but a clear InvalidResponseError on random JSON', (_, check) => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        try {
          check(value);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidResponseError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps an article's locale, the language of the version served (the panel marks a German one in English)", () => {
    const base = { id: 'drucken', title: 'Drucken', html: '<p>Text</p>', updatedAt: '2026-11-01T10:00:00Z' };
    expect(schema.article({ ...base, locale: 'de' }).locale).toBe('de');
    expect(schema.article(base)).toEqual(base);
    expect(() => schema.article({ ...base, locale: 'fr' })).toThrow('$.locale');
  });

  it('accepts a valid list, drops unknown keys, and names the path of the first wrong value', () => {
    const list = schema.requestList({ items: [{ ...validSummary, injected: '<script>' }], nextCursor: null, extra: 1 });
    expect(list.items[0]).toEqual(validSummary);
    expect(Object.keys(list)).toEqual(['items', 'nextCursor']);
    expect(() => schema.requestList({ items: [{ ...validSummary, status: { ...validSummary.status, category: 'weird' } }], nextCursor: null })).toThrow(
      '$.items[0].status.category',
    );
  });

  it('keeps mutated valid lists either valid or rejected, never half-parsed', () => {
    const mutate = fc.record({ key: fc.constantFrom(...Object.keys(validSummary)), value: fc.jsonValue({ maxDepth: 2 }) });
    fc.assert(
      fc.property(mutate, ({ key, value }) => {
        const item = { ...validSummary, [key]: value };
        try {
          const parsed = schema.requestList({ items: [item], nextCursor: 'c' });
          expect(typeof parsed.items[0]!.key).toBe('string');
          expect(['open', 'closed']).toContain(parsed.items[0]!.status.category);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidResponseError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('errors', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('maps statuses to kinds the UI can explain, and knows which are worth a retry', () => {
    expect([401, 404, 409, 413, 422, 429, 500, 503].map(kindForStatus)).toEqual([
      'unauthorized',
      'not_found',
      'conflict',
      'too_large',
      'validation',
      'rate_limited',
      'server',
      'server',
    ]);
    expect(new PortalError('rate_limited', 'x').retryable).toBe(true);
    expect(new PortalError('validation', 'x').retryable).toBe(false);
    const problem = { type: 'about:blank', title: 'Invalid', status: 422, errors: [{ field: 'summary', message: 'required' }] };
    expect(new PortalError('validation', 'x', 422, problem).fieldErrors()).toEqual({ summary: 'required' });
  });
});
