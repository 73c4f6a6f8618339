import { formatDateTime, formatRelativeTime } from '../lib/time';
import { useNow } from '../lib/use-now';

/** "3 min ago" with the exact date and time in the tooltip and in the machine-readable attribute. */
export function RelativeTime({ value, fallback = 'Never' }: { value: string | null | undefined; fallback?: string }) {
  const now = useNow();
  const relative = formatRelativeTime(value, now);
  if (!value || relative === null) return <span className="retainer-muted">{fallback}</span>;
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {relative}
    </time>
  );
}
