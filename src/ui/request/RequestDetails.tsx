import type { ComponentChildren } from 'preact';
import type { RequestDetail } from '../../api/contract';
import { formatDateTime } from '../../i18n';
import { useApp } from '../../state/app';
import { StatusBadge } from '../requests/StatusBadge';
import { contextRows } from '../shared/context-rows';
import { Facts } from '../shared/Facts';

/** Key, summary, status and the facts around them; what the user submitted; the technical context that was sent. */
export function RequestDetails({ request, children }: { request: RequestDetail; children?: ComponentChildren }) {
  const app = useApp();
  const t = app.t.value;
  const locale = app.locale.value;
  // The summary is the heading; the other fields are listed as submitted.
  const fields = request.fields.filter((field) => field.id !== 'summary' && field.value.trim());
  const rows = request.context ? contextRows(request.context, t).filter(([, v]) => v) : [];

  return (
    <>
      <header class="request-head">
        <p class="request-top">
          <span class="key">{request.key}</span>
          <StatusBadge status={request.status} />
        </p>
        <h3 class="request-summary">{request.summary}</h3>
        <dl class="request-meta">
          <div>
            <dt>{t('request.type')}</dt>
            <dd>{request.requestType.name}</dd>
          </div>
          <div>
            <dt>{t('request.createdBy')}</dt>
            <dd>{request.createdBy.name}</dd>
          </div>
          <div>
            <dt>{t('request.created')}</dt>
            <dd>{formatDateTime(locale, request.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('request.updated')}</dt>
            <dd>{formatDateTime(locale, request.updatedAt)}</dd>
          </div>
        </dl>
        {request.sentWithoutSignIn && <p class="without-sign-in">{t('request.withoutSignIn')}</p>}
        {children}
      </header>
      {fields.length > 0 && (
        <section class="request-fields" aria-labelledby="ms-request-fields">
          <h4 id="ms-request-fields">{t('request.fields')}</h4>
          <Facts rows={fields.map((field): [string, string] => [field.label, field.value])} />
        </section>
      )}
      {rows.length > 0 && (
        <details class="request-context">
          <summary>{t('request.context')}</summary>
          <Facts rows={rows} />
        </details>
      )}
    </>
  );
}
