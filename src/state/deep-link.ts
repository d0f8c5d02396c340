import { effect } from '@preact/signals';
import { VIEWS, type ViewName } from '../config';
import type { AppState } from './app';

export interface DeepLink {
  view: ViewName;
  arg?: string;
}

/** `request/MED-42` → the request view with that key; a bare view name opens that view. */
export function parseDeepLink(value: string | null): DeepLink | null {
  if (!value) return null;
  const [view = '', ...rest] = value.split('/');
  const arg = rest.join('/').trim();
  if (!VIEWS.includes(view as ViewName)) return null;
  if (view === 'request') return arg ? { view, arg } : null;
  return { view: view as ViewName };
}

/** Removes the parameter from the address bar, keeping the path, the other parameters and the hash. */
function removeParam(name: string): void {
  const url = new URL(location.href);
  url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}

/**
 * Opens the view a link from the confirmation e-mail points to (`?medsupport=request/MED-42`) once it is known
 * who is using the widget: an identified user sees the request; a visitor (the host identified nobody) sees how to
 * get to it, and the request itself as soon as the host identifies them. Runs once per page load.
 */
export function startDeepLink(app: AppState, open: (view: ViewName, arg?: string) => void): () => void {
  const name = app.config.deepLinkParam;
  const link = parseDeepLink(new URLSearchParams(location.search).get(name));
  if (!link) return () => undefined;
  let done = false;
  return effect(() => {
    if (done || !app.session.known.value) return;
    done = true;
    removeParam(name);
    queueMicrotask(() => open(link.view, link.arg));
  });
}
