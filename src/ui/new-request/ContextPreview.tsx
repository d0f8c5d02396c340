import type { RequestContext } from '../../api/contract';
import { useApp } from '../../state/app';
import { Facts } from '../shared/Facts';

/** Shows exactly what technical context goes with the request, and lets the user leave it out. */
export function ContextPreview({ context, include, onToggle }: { context: RequestContext; include: boolean; onToggle(v: boolean): void }) {
  const t = useApp().t.value;
  const rows: [string, string][] = [
    [t('context.pageUrl'), context.pageUrl ?? ''],
    [t('context.appVersion'), context.appVersion ?? ''],
    [t('context.userAgent'), context.userAgent ?? ''],
    [t('context.locale'), context.locale ?? ''],
    [t('context.screen'), context.screen ?? ''],
    ...Object.entries(context.extra ?? {}).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  ];
  return (
    <div class="context">
      <label class="check">
        <input type="checkbox" checked={include} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />
        {t('context.include')}
      </label>
      <details>
        <summary>{t('context.show')}</summary>
        <Facts rows={rows} />
      </details>
    </div>
  );
}
