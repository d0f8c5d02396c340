import { formatDateTime, formatRelative } from '../../i18n';
import { useApp } from '../../state/app';

/** "vor 2 Stunden", with the exact time on hover (title) and on keyboard focus of the surrounding row. */
export function RelativeTime({ iso }: { iso: string }) {
  const locale = useApp().locale.value;
  const absolute = formatDateTime(locale, iso);
  return (
    <time dateTime={iso} title={absolute}>
      {formatRelative(locale, iso)}
      <span class="abs-time"> ({absolute})</span>
    </time>
  );
}
