import { signal } from '@preact/signals';
import { formatDateTime, formatRelative } from '../../i18n';
import { useApp } from '../../state/app';

// One tick a minute for every relative time on screen, so "vor 1 Minute" does not stay put while a view is open.
// It only runs while at least one relative time is shown.
let ticker: ReturnType<typeof setInterval> | undefined;
const minute = signal(0, {
  watched() {
    ticker = setInterval(() => minute.value++, 60_000);
  },
  unwatched() {
    clearInterval(ticker);
  },
});

/** "vor 2 Stunden", with the exact time on hover (title) and on keyboard focus of the surrounding row. */
export function RelativeTime({ iso }: { iso: string }) {
  const locale = useApp().locale.value;
  void minute.value;
  const absolute = formatDateTime(locale, iso);
  return (
    <time dateTime={iso} title={absolute}>
      {formatRelative(locale, iso)}
      <span class="abs-time"> ({absolute})</span>
    </time>
  );
}
