import { useApp } from '../../state/app';

/** The hint above a form whose draft came back, with Discard and Keep. */
export function DraftRestored({ onDiscard, onKeep }: { onDiscard(): void; onKeep(): void }) {
  const t = useApp().t.value;
  return (
    <div class="notice" role="status">
      <span>{t('draft.restored')}</span>
      <button type="button" class="link-button" onClick={onDiscard}>
        {t('draft.discard')}
      </button>
      <button type="button" class="link-button" onClick={onKeep}>
        {t('draft.keep')}
      </button>
    </div>
  );
}
