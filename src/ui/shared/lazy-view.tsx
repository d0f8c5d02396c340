import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PortalError } from '../../api/errors';
import { useApp } from '../../state/app';
import { ErrorState, Loading } from './Status';

/** What a lazily loaded view module exports: its component and, optionally, its own styles. */
export interface ViewModule<P> {
  default: FunctionComponent<P>;
  css?: string;
}

/**
 * A view whose code loads on first visit (and is prefetched when the panel is idle), so the first open stays
 * small. Its styles are adopted into the shadow root once, when the code arrives.
 */
export function lazyView<P extends object>(load: () => Promise<ViewModule<P>>) {
  let loaded: ViewModule<P> | null = null;
  let pending: Promise<ViewModule<P>> | null = null;
  const adopted = new WeakSet<object>();
  const fetch = (): Promise<ViewModule<P>> =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));

  function LazyView(props: P) {
    const app = useApp();
    const [, setModule] = useState(loaded);
    const [failed, setFailed] = useState(false);
    // Asked even when the code has arrived since this rendered "loading" (a prefetch may finish between the render
    // and this effect): only the state update draws the view.
    useEffect(() => {
      fetch().then(setModule, () => setFailed(true));
    }, []);
    if (failed) {
      const retry = (): void => {
        setFailed(false);
        fetch().then(setModule, () => setFailed(true));
      };
      return <ErrorState error={new PortalError('network', 'view code')} onRetry={retry} />;
    }
    if (!loaded) return <Loading />;
    if (loaded.css && !adopted.has(app.host)) {
      adopted.add(app.host);
      app.host.adoptStyles(loaded.css);
    }
    const View = loaded.default;
    return <View {...props} />;
  }
  LazyView.prefetch = (): void => void fetch().catch(() => undefined);
  return LazyView;
}
