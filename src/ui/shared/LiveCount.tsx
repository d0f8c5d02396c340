import type { SearchHit } from '../../search';
import { useApp } from '../../state/app';

/** Announces the number of suggestions politely, without moving focus; nothing until a search has run. */
export function LiveCount({ hits }: { hits: SearchHit[] | null }) {
  const t = useApp().t.value;
  const count = hits?.length;
  return (
    <p class="sr-only" aria-live="polite" aria-atomic="true">
      {count === undefined ? '' : count ? t('suggest.count', { count }) : t('suggest.none')}
    </p>
  );
}
