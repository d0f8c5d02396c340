import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AppContext, type AppState } from '../../src/state/app';
import { lazyView, type ViewModule } from '../../src/ui/shared/lazy-view';

const app = { t: signal((key: string) => key), host: { adoptStyles: () => undefined } } as unknown as AppState;

describe('lazyView', () => {
  it('draws the view when its code arrives between the "loading" render and the effect', async () => {
    let arrive: (module: ViewModule<object>) => void = () => undefined;
    const View = lazyView(() => new Promise<ViewModule<object>>((resolve) => (arrive = resolve)));
    const root = document.createElement('div');

    // Rendered without running effects: what the user sees first is the loading state.
    render(
      <AppContext.Provider value={app}>
        <View />
      </AppContext.Provider>,
      root,
    );
    expect(root.querySelector('[role="status"]')).not.toBeNull();

    // The idle prefetch brings the code before the view's effect has run.
    View.prefetch();
    arrive({ default: () => <p class="loaded">Formular</p> });
    await Promise.resolve();
    await Promise.resolve();

    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    expect(root.querySelector('.loaded')?.textContent).toBe('Formular');
  });
});
