import type { RequestContext } from '../../api/contract';
import type { Translate } from '../../i18n';

/** One fact the host app set (`setContext`): its own key, marked as the app's; the documented licence figures in words. */
function extraRow(key: string, value: unknown, t: Translate): [string, string] {
  const l = key === 'licenses' && typeof value === 'object' && value !== null ? (value as { used?: unknown; quota?: unknown }) : null;
  if (l && typeof l.used === 'number' && typeof l.quota === 'number') return [t('context.licenses'), t('context.licensesUsed', { used: l.used, quota: l.quota })];
  return [t('context.extra', { key }), typeof value === 'string' ? value : JSON.stringify(value)];
}

/** The technical context of a request as labelled rows: what the form will send, and what was sent. */
export function contextRows(context: RequestContext, t: Translate): [string, string][] {
  return [
    [t('context.pageUrl'), context.pageUrl ?? ''],
    [t('context.appVersion'), context.appVersion ?? ''],
    [t('context.userAgent'), context.userAgent ?? ''],
    [t('context.locale'), context.locale ?? ''],
    [t('context.screen'), context.screen ?? ''],
    ...Object.entries(context.extra ?? {}).map(([key, value]) => extraRow(key, value, t)),
  ];
}
