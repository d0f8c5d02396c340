import { formatDateTime, formatRelative } from '../../i18n';
import { useApp } from '../../state/app';
import { minute } from '../../state/clock';

/** "vor 2 Stunden", with the exact time on hover (title) and on keyboard focus of the surrounding row. */
export function RelativeTime({ iso }: { iso: string }) {
  const locale = useApp().locale.value;
  // Read so the text moves on with the shared minute tick.
  void minute.value;
  const absolute = formatDateTime(locale, iso);
  return (
    <time dateTime={iso} title={absolute}>
      {formatRelative(locale, iso)}
      <span class="abs-time"> ({absolute})</span>
    </time>
  );
}
