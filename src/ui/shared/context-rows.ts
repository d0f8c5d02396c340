import type { RequestContext } from '../../api/contract';
import type { Translate } from '../../i18n';

/** The technical context of a request as labelled rows: what the form will send, and what was sent. */
export function contextRows(context: RequestContext, t: Translate): [string, string][] {
  return [
    [t('context.pageUrl'), context.pageUrl ?? ''],
    [t('context.appVersion'), context.appVersion ?? ''],
    [t('context.userAgent'), context.userAgent ?? ''],
    [t('context.locale'), context.locale ?? ''],
    [t('context.screen'), context.screen ?? ''],
    ...Object.entries(context.extra ?? {}).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  ];
}
