import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSupportWidget } from '../../src/index';

describe('createSupportWidget (npm entry)', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    warn.mockRestore();
  });

  it('a ready handler added right after the factory hears ready', async () => {
    const support = createSupportWidget({ portalUrl: '/api/portal/v1', launcher: false });
    const ready = vi.fn();
    support.on('ready', ready);
    await new Promise((r) => setTimeout(r, 0));
    expect(ready).toHaveBeenCalledTimes(1);
    support.destroy();
  });

  it('without a document (server-side rendering) gives an inert instance and one warning instead of throwing', () => {
    vi.stubGlobal('document', undefined);
    let support: ReturnType<typeof createSupportWidget> | undefined;
    expect(() => (support = createSupportWidget({ portalUrl: '/api/portal/v1' }))).not.toThrow();
    expect(() => support!.open('home')).not.toThrow();
    expect(support!.isOpen()).toBe(false);
    expect(typeof support!.on('ready', () => undefined)).toBe('function');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/server-side rendering/);
  });

  it('warns when a second instance puts a second widget on the page', () => {
    const first = createSupportWidget({ portalUrl: '/api/portal/v1' });
    expect(warn).not.toHaveBeenCalled();
    const second = createSupportWidget({ portalUrl: '/api/portal/v1' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/second widget/);
    second.destroy();
    first.destroy();
    createSupportWidget({ portalUrl: '/api/portal/v1' }).destroy();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
