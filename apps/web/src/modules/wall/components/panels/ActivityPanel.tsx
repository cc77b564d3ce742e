// Panel: the live activity feed, newest first; as many rows as fit in a fixed grid (the feed
// itself keeps at most 30).
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../i18n/useLocale';
import { formatTime } from '../../../format/formatTime';
import type { WallActivityItem } from '../../types/WallScoreboard';

const ROWS = 12;

export function ActivityPanel({ items, timeZone }: { items: WallActivityItem[]; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (items.length === 0) return <p className="text-wall-md text-ink-muted">{t('wall.activity.empty')}</p>;
  return (
    <ol className="grid h-full min-h-0" style={{ gridTemplateRows: `repeat(${ROWS}, minmax(0, 1fr))` }}>
      {items.slice(0, ROWS).map((item) => (
        <li
          key={item.seq}
          data-testid="wall-activity-row"
          data-seq={item.seq}
          className="flex min-h-0 items-center gap-[1em] border-b border-line text-wall-xs"
        >
          <time dateTime={item.at} className="w-[7.5em] shrink-0 text-ink-muted tabular-nums">
            {formatTime(item.at, { timeZone, locale })}
          </time>
          <span className="min-w-0 flex-1 truncate">
            <span className="font-semibold">{item.actorName ?? t('wall.activity.system')}</span>{' '}
            {t(`activity.${item.entityType}.${item.action}`, {
              defaultValue: t('activity.fallback', { entityType: item.entityType, action: item.action }),
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}
