import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RequestType } from '../../api/contract';
import type { NewRequestPrefill } from '../../core/types';
import { useApp } from '../../state/app';
import { prefillValues } from './prefill';

/**
 * Applies the host's prefill (e.g. from the licence-quota warning) to an empty draft; a draft that already has
 * other text is never overwritten silently: the user is asked.
 */
export function PrefillQuestion({ prefill, type, values, apply }: { prefill: NewRequestPrefill; type: RequestType; values: Record<string, string>; apply(fields: Record<string, string>): void }) {
  const t = useApp().t.value;
  const incoming = useMemo(() => prefillValues(prefill, type.key, type.fields), [prefill, type]);
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
