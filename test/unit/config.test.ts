import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig, toLocale } from '../../src/config';

describe('resolveConfig', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('maps region locales to their language', () => {
    expect(toLocale('de-DE')).toBe('de');
    expect(toLocale('en-US')).toBe('en');
    expect(toLocale('EN')).toBe('en');
    expect(toLocale('fr')).toBeUndefined();
    expect(toLocale('deutsch')).toBeUndefined();
    const config = resolveConfig({ portalUrl: '/api', locale: 'en-GB' });
    expect(typeof config !== 'string' && config.locale).toBe('en');
    expect(warn).not.toHaveBeenCalled();
  });

  it('one bad optional value falls back to its default with one warning each, and the widget still starts', () => {
    const config = resolveConfig({ portalUrl: '/api', locale: 'fr', position: 'left', theme: { colorScheme: 'night', accent: '#123456' } });
    expect(config).toMatchObject({ locale: 'de', position: 'bottom-right', theme: { colorScheme: 'light', accent: '#123456' } });
    expect(warn.mock.calls.map((call: unknown[]) => String(call[0]))).toEqual([
      '[MedSupport] config.locale "fr" is invalid; using de.',
      '[MedSupport] config.position "left" is invalid; using bottom-right.',
      '[MedSupport] config.theme.colorScheme "night" is invalid; using light.',
    ]);
  });

  it('refuses only without a usable portalUrl or with an identity of the wrong type', () => {
    expect(resolveConfig(undefined)).toMatch(/portalUrl/);
    expect(resolveConfig({ portalUrl: 'ftp://x' })).toMatch(/portalUrl/);
    expect(resolveConfig({ portalUrl: '/api', getToken: 'abc' })).toMatch(/getToken/);
    expect(resolveConfig({ portalUrl: '/api', token: 42 })).toMatch(/token/);
  });
});
