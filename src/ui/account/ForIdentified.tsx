import type { FunctionComponent } from 'preact';
import { useApp } from '../../state/app';
import { Registration } from './Registration';

/** Views that show a practice's data: visitors see how to get access instead, never an error. */
export function forIdentified<P extends object>(View: FunctionComponent<P>): FunctionComponent<P> {
  const Gate = (props: P) => {
    if (useApp().session.identified.value) return <View {...props} />;
    const route = (props as { route?: { view: string; key?: string } }).route;
    return <Registration requestKey={route?.view === 'request' ? route.key : undefined} />;
  };
  return Object.assign(Gate, { prefetch: (View as { prefetch?: () => void }).prefetch });
}
