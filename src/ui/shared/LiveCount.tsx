import { useApp } from '../../state/app';

/** Announces the number of suggestions politely, without moving focus. */
export function LiveCount({ count, active }: { count: number; active: boolean }) {
  const t = useApp().t.value;
  return (
    <p class="sr-only" aria-live="polite" aria-atomic="true">
      {active ? (count ? t('suggest.count', { count }) : t('suggest.none')) : ''}
    </p>
  );
}
