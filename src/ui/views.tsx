import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../i18n';
import type { RouteOf, ViewId } from '../state/router';
import { Home } from './home/Home';
import { NewRequest } from './new-request/NewRequest';
import { lazyView } from './shared/lazy-view';
import { Success } from './success/Success';

type ViewComponent<V extends ViewId> = FunctionComponent<{ route: RouteOf<V> }>;

interface ViewDefinition<V extends ViewId> {
  title: MessageKey;
  /** Absent while the view is still to be built: the route exists, the screen stays empty. */
  component?: ViewComponent<V>;
}

/** The route table: one entry per screen of the panel. */
export const VIEWS: { [V in ViewId]: ViewDefinition<V> } = {
  home: { title: 'view.home', component: Home },
  new: { title: 'view.new', component: NewRequest },
  requests: { title: 'view.requests', component: lazyView(() => import('./requests/RequestsView')) },
  request: { title: 'view.request', component: lazyView(() => import('./request/RequestView')) },
  profile: { title: 'view.profile' },
  article: { title: 'view.article', component: lazyView(() => import('./article/ArticleView')) },
  success: { title: 'view.new', component: Success },
};

/** Loads the code of the views that are not part of the first open, once the panel has time for it. */
export function prefetchViews(): void {
  for (const view of Object.values(VIEWS)) {
    const component = view.component as { prefetch?: () => void } | undefined;
    component?.prefetch?.();
  }
}
