import type { RequestContext } from '../../api/contract';
import { useApp } from '../../state/app';
import { contextRows } from '../shared/context-rows';
import { Facts } from '../shared/Facts';

/** Shows exactly what technical context goes with the request, and lets the user leave it out. */
export function ContextPreview({ context, include, onToggle }: { context: RequestContext; include: boolean; onToggle(v: boolean): void }) {
  const t = useApp().t.value;
  const rows = contextRows(context, t);
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
