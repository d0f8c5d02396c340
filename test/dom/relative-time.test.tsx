import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppContext, type AppState } from '../../src/state/app';
import { RelativeTime } from '../../src/ui/requests/RelativeTime';

const app = { locale: signal('de') } as unknown as AppState;

async function show(iso: string): Promise<{ root: HTMLElement; text(): string }> {
  const root = document.createElement('div');
  await act(() => {
    render(
      <AppContext.Provider value={app}>
        <RelativeTime iso={iso} />
      </AppContext.Provider>,
      root,
    );
  });
  return { root, text: () => root.querySelector('time')!.firstChild!.textContent! };
}

let visibility: DocumentVisibilityState = 'visible';
async function setVisibility(state: DocumentVisibilityState): Promise<void> {
  visibility = state;
  await act(() => void document.dispatchEvent(new Event('visibilitychange')));
}

describe('RelativeTime', () => {
  beforeAll(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });
  afterEach(() => {
    vi.useRealTimers();
    visibility = 'visible';
  });

  it('moves on while it is shown, and stops ticking once it is gone', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T10:00:30Z') });
    const root = document.createElement('div');
    await act(() => {
      render(
        <AppContext.Provider value={app}>
          <RelativeTime iso="2026-11-27T10:00:00Z" />
        </AppContext.Provider>,
        root,
      );
    });
    const text = (): string => root.querySelector('time')!.firstChild!.textContent!;
    expect(text()).toBe('in dieser Minute');

    await act(async () => void (await vi.advanceTimersByTimeAsync(60_000)));
    expect(text()).toBe('vor 1 Minute');
    await act(async () => void (await vi.advanceTimersByTimeAsync(120_000)));
    expect(text()).toBe('vor 3 Minuten');

    await act(() => render(null, root));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops ticking while the page is hidden, and catches up at once when it is shown again', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T10:00:30Z') });
    const { root, text } = await show('2026-11-27T10:00:00Z');
    expect(vi.getTimerCount()).toBe(1);

    await setVisibility('hidden');
    expect(vi.getTimerCount()).toBe(0);
    await act(async () => void (await vi.advanceTimersByTimeAsync(5 * 60_000)));
    expect(text()).toBe('in dieser Minute');

    await setVisibility('visible');
    expect(text()).toBe('vor 5 Minuten');
    expect(vi.getTimerCount()).toBe(1);
    await act(async () => void (await vi.advanceTimersByTimeAsync(60_000)));
    expect(text()).toBe('vor 6 Minuten');

    await act(() => render(null, root));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not start ticking when first shown on a hidden page', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T10:00:30Z') });
    visibility = 'hidden';
    const { root } = await show('2026-11-27T10:00:00Z');
    expect(vi.getTimerCount()).toBe(0);
    await setVisibility('visible');
    expect(vi.getTimerCount()).toBe(1);
    await act(() => render(null, root));
    expect(vi.getTimerCount()).toBe(0);
  });
});
