import { useEffect } from 'preact/hooks';
import { useApp } from '../../state/app';
import type { RouteOf } from '../../state/router';
import { ErrorState, Loading } from '../shared/Status';
import { RequestForm } from './RequestForm';

/** Resolves the route's category to the portal's request type, then shows its form. */
export default function NewRequest({ route }: { route: RouteOf<'new'> }) {
  const app = useApp();
  const { requestTypes, session } = app;
  useEffect(() => requestTypes.ensure(), [requestTypes]);
  const types = requestTypes.data.value;
  if (requestTypes.error.value) return <ErrorState error={requestTypes.error.value} onRetry={() => void requestTypes.reload()} />;
  if (!types || !session.known.value) return <Loading />;
  const type = types.find((candidate) => candidate.key === route.category) ?? (route.category ? undefined : types[0]);
  if (!type) {
    return (
      <div class="state">
        <p>{app.t.value('form.unknownCategory', { category: route.category ?? '' })}</p>
        <button type="button" class="btn secondary" onClick={() => app.router.reset()}>
          {app.t.value('success.home')}
        </button>
      </div>
    );
  }
  return (
    <>
      <h3 class="form-type">{type.name}</h3>
      <RequestForm key={`${type.key}:${session.userId.value ?? ''}`} type={type} prefill={route.prefill} />
    </>
  );
}
