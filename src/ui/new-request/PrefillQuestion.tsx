import { useEffect, useState } from 'preact/hooks';
import type { NewRequestPrefill } from '../../core/types';
import { useApp } from '../../state/app';

/**
 * Applies the host's prefill (e.g. from the licence-quota warning) to an empty draft; a draft that already has
 * other text is never overwritten silently: the user is asked.
 */
export function PrefillQuestion({ prefill, values, apply }: { prefill: NewRequestPrefill; values: Record<string, string>; apply(fields: Record<string, string>): void }) {
  const t = useApp().t.value;
  const incoming: Record<string, string> = {};
  if (prefill.summary) incoming['summary'] = prefill.summary;
  if (prefill.description) incoming['description'] = prefill.description;
  const conflict = Object.entries(incoming).some(([k, v]) => values[k]?.trim() && values[k] !== v);
  const [asked, setAsked] = useState(conflict);

  useEffect(() => {
    if (!conflict && Object.keys(incoming).length) apply(incoming);
  }, [prefill]);

  if (!asked) return null;
  return (
    <div class="notice" role="alert">
      <p>{t('prefill.question')}</p>
      <button
        type="button"
        class="btn secondary"
        onClick={() => {
          apply(incoming);
          setAsked(false);
        }}
      >
        {t('prefill.replace')}
      </button>{' '}
      <button type="button" class="btn secondary" onClick={() => setAsked(false)}>
        {t('prefill.keep')}
      </button>
    </div>
  );
}
