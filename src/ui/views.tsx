import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../i18n';
import type { RouteOf, ViewId } from '../state/router';
import { ArticleView } from './article/ArticleView';
import { Home } from './home/Home';
import { NewRequest } from './new-request/NewRequest';
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
  requests: { title: 'view.requests' },
  request: { title: 'view.request' },
  profile: { title: 'view.profile' },
  article: { title: 'view.article', component: ArticleView },
  success: { title: 'view.new', component: Success },
};
