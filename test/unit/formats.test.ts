import { describe, expect, it } from 'vitest';
import { formatDateTime, formatNumber } from '../../src/i18n';

describe('formats', () => {
  // Practices in Germany read the English panel too: day before month, a 24-hour clock.
  it('writes English dates the European way', () => {
    const text = formatDateTime('en', '2026-12-07T17:44:00');
    expect(text).toMatch(/^7 Dec 2026/);
    expect(text).toContain('17:44');
    expect(text).not.toMatch(/AM|PM/);
  });

  it('writes German dates and numbers the German way', () => {
    expect(formatDateTime('de', '2026-12-07T17:44:00')).toBe('07.12.2026, 17:44');
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
  });
});
