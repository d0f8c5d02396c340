import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../i18n';
import type { RouteOf, ViewId } from '../state/router';
import { forIdentified } from './account/ForIdentified';
import { Home } from './home/Home';
import { lazyView } from './shared/lazy-view';

type ViewComponent<V extends ViewId> = FunctionComponent<{ route: RouteOf<V> }>;

interface ViewDefinition<V extends ViewId> {
  title: MessageKey;
  /** Absent while the view is still to be built: the route exists, the screen stays empty. */
  component?: ViewComponent<V>;
}

/** The route table: one entry per screen of the panel. */
export const VIEWS: { [V in ViewId]: ViewDefinition<V> } = {
  home: { title: 'view.home', component: Home },
  new: { title: 'view.new', component: lazyView(() => import('./new-request/NewRequest')) },
  requests: { title: 'view.requests', component: forIdentified(lazyView(() => import('./requests/RequestsView'))) },
  request: { title: 'view.request', component: forIdentified(lazyView(() => import('./request/RequestView'))) },
  profile: { title: 'view.profile', component: lazyView(() => import('./profile/ProfileView')) },
  article: { title: 'view.article', component: lazyView(() => import('./article/ArticleView')) },
  success: { title: 'view.success', component: lazyView(() => import('./success/Success')) },
};

/** Loads the code of the views that are not part of the first open, once the panel has time for it. */
export function prefetchViews(): void {
  for (const view of Object.values(VIEWS)) {
    const component = view.component as { prefetch?: () => void } | undefined;
    component?.prefetch?.();
  }
}
