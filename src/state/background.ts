import type { ViewName } from '../config';
import type { AppState } from './app';
import { startDeepLink } from './deep-link';
import { unreadOf } from './unread';

/**
 * What the panel does while it is closed: check for unread replies and follow a deep link. Loaded as its own
 * chunk after the panel is created, as none of it is needed to draw the first view.
 */
export function startBackground(app: AppState, open: (view: ViewName, arg?: string) => void): () => void {
  const stopPolling = unreadOf(app).start();
  const stopDeepLink = startDeepLink(app, open);
  return () => {
    stopPolling();
    stopDeepLink();
  };
}
