import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppContext, type AppState } from '../../src/state/app';
import { RelativeTime } from '../../src/ui/requests/RelativeTime';

const app = { locale: signal('de') } as unknown as AppState;

describe('RelativeTime', () => {
  afterEach(() => vi.useRealTimers());

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
});
