import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelController, PanelModule } from '../../src/core/panel-contract';
import { createWidget } from '../../src/core/widget';

/** A stand-in panel module that records what the loader asks of it. */
function recordingPanel() {
  const calls: unknown[][] = [];
  const controller: PanelController = {
    open: (...a) => void calls.push(['open', ...a]),
    close: () => void calls.push(['close']),
    identify: (i) => void calls.push(['identify', i]),
    logout: () => void calls.push(['logout']),
    setLocale: (l) => void calls.push(['setLocale', l]),
    setContext: (c) => void calls.push(['setContext', c]),
    destroy: () => void calls.push(['destroy']),
  };
  const module: PanelModule = { createPanel: vi.fn(() => controller) };
  return { calls, module };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const launcher = () => document.querySelector('med-support')!.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;

describe('host API', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    document.body.innerHTML = '';
    warn.mockRestore();
  });

  it('creates exactly one host element with an open shadow root, even when init runs twice', () => {
    const widget = createWidget(() => Promise.resolve(recordingPanel().module));
    widget.init({ portalUrl: 'http://portal.test/api/portal/v1' });
    widget.init({ portalUrl: 'http://portal.test/api/portal/v1' });
    expect(document.querySelectorAll('med-support')).toHaveLength(1);
    expect(document.querySelector('med-support')!.shadowRoot).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/already initialised/);
  });

  it('explains misuse in one console message and never throws', () => {
    const widget = createWidget(() => Promise.resolve(recordingPanel().module));
    expect(() => widget.open('home')).not.toThrow();
    expect(String(warn.mock.calls[0]![0])).toMatch(/before init/);
    widget.init({ portalUrl: 42 } as never);
    expect(String(warn.mock.calls[1]![0])).toMatch(/portalUrl/);
    expect(document.querySelector('med-support')).toBeNull();
    widget.init({ portalUrl: '/api/portal/v1' });
    widget.open('settings' as never);
    expect(String(warn.mock.calls[2]![0])).toMatch(/not a view/);
    widget.open('request' as never);
    expect(String(warn.mock.calls[3]![0])).toMatch(/request key/);
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('hands remembered identity, locale and context to the panel and forwards later calls', async () => {
    const { calls, module } = recordingPanel();
    const widget = createWidget(() => Promise.resolve(module));
    widget.init({ portalUrl: '/api/portal/v1', token: 'a.b.c' });
    widget.setLocale('en');
    widget.setContext({ licenses: { used: 10, quota: 10 } });
    widget.open('new', { category: 'billing' });
    expect(widget.isOpen()).toBe(true);
    await flush();
    expect(module.createPanel).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ locale: 'en', context: { licenses: { used: 10, quota: 10 } }, identity: expect.objectContaining({ token: 'a.b.c' }) }),
    );
    expect(calls).toEqual([['open', 'new', { category: 'billing' }]]);
    widget.close();
    widget.logout();
    expect(calls.slice(1)).toEqual([['close'], ['logout']]);
    expect(widget.isOpen()).toBe(false);
  });

  it('says "loading" on the launcher only while an open waits for the panel, not while it loads in the background', async () => {
    vi.useFakeTimers();
    try {
      let arrive: (module: PanelModule) => void = () => undefined;
      const widget = createWidget(() => new Promise<PanelModule>((resolve) => (arrive = resolve)));
      widget.init({ portalUrl: '/api/portal/v1' });
      vi.advanceTimersByTime(5000);
      expect(launcher().getAttribute('aria-busy')).toBe('false');
      expect(launcher().textContent).toMatch(/Hilfe und Support öffnen/);
      widget.open();
      expect(launcher().getAttribute('aria-busy')).toBe('true');
      expect(launcher().textContent).toMatch(/wird geladen/);
      arrive(recordingPanel().module);
      await vi.runAllTimersAsync();
      expect(launcher().getAttribute('aria-busy')).toBe('false');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a failed load in the launcher and retries on the next click', async () => {
    const { module } = recordingPanel();
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(module);
    const widget = createWidget(load);
    const errors: unknown[] = [];
    widget.on('error', (e) => errors.push(e));
    widget.init({ portalUrl: '/api/portal/v1' });
    widget.open();
    await flush();
    expect(launcher().hasAttribute('data-failed')).toBe(true);
    expect(launcher().textContent).toMatch(/nicht geladen/);
    expect(errors).toEqual([{ code: 'load_failed', message: 'The panel code could not be loaded.' }]);
    launcher().click();
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
    expect(launcher().hasAttribute('data-failed')).toBe(false);
  });

  it('keeps other handlers running when one throws, and on() returns an unsubscribe', async () => {
    const widget = createWidget(() => Promise.resolve(recordingPanel().module));
    const seen: string[] = [];
    widget.on('ready', () => {
      throw new Error('host bug');
    });
    const stop = widget.on('ready', () => seen.push('a'));
    stop();
    widget.on('ready', () => seen.push('b'));
    widget.init({ portalUrl: '/api/portal/v1' });
    await flush();
    expect(seen).toEqual(['b']);
    expect(String(warn.mock.calls[0]![0])).toMatch(/"ready" handler threw/);
  });

  it('renders no launcher when the host brings its own button, and destroy removes everything', () => {
    const widget = createWidget(() => Promise.resolve(recordingPanel().module));
    widget.init({ portalUrl: '/api/portal/v1', launcher: false });
    expect(document.querySelector('med-support')!.shadowRoot!.querySelector('.launcher')).toBeNull();
    widget.destroy();
    expect(document.querySelector('med-support')).toBeNull();
    widget.init({ portalUrl: '/api/portal/v1' });
    expect(document.querySelectorAll('med-support')).toHaveLength(1);
  });
});
