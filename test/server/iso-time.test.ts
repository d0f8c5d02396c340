import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../server/domain/iso-time.js';

describe('isoTime', () => {
  it('matches Date.prototype.toISOString for every millisecond in years 1970–9999', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => isoTime(ms) === new Date(ms).toISOString()), { numRuns: 20_000 });
  });

  it('formats many times of the same few days, as in a list, alike', () => {
    const start = Date.UTC(2026, 10, 25, 23, 59, 59, 999);
    for (let ms = start; ms < start + 3 * 86_400_000; ms += 997_331) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });

  it('handles the edges', () => {
    for (const ms of [0, 951_782_400_000, 4_107_542_399_999, 253_402_300_799_999, 1_709_164_800_000]) {
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
