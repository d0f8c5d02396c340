import { useApp } from '../../state/app';
import type { RouteOf } from '../../state/router';
import sharedCss from '../requests/shared.css?inline';
import { Loading } from '../shared/Status';
import requestCss from './request.css?inline';
import { RequestPage } from './RequestPage';

export const css = sharedCss + requestCss;

/** A single request (the route table lets only identified users in); a new user gets a new page, with nothing of the previous one's. */
export default function RequestView({ route }: { route: RouteOf<'request'> }) {
  const { session } = useApp();
  if (!session.known.value) return <Loading lines={5} />;
  return <RequestPage key={`${session.userId.value ?? ''}:${route.key}`} route={route} />;
}
