// Someone saved this value first: both values side by side, and the operator chooses which stays.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import { formatNumber } from '../../format/formatNumber';
import type { SaveConflict } from '../utils/measurementErrorsOf';
import { parseDecimal } from '../../format/parseDecimal';

export function ConflictChoice({
  unit,
  mine,
  conflict,
  onKeepMine,
  onTakeTheirs,
}: {
  unit: string;
  mine: string;
  conflict: SaveConflict;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section
      role="alert"
      data-testid="entry-conflict"
      className="flex flex-col gap-2 rounded-lg border-2 border-band-yellow bg-surface-raised p-3"
    >
      <h4 className="font-semibold">{t('entry.conflict.title')}</h4>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt>{t('entry.conflict.mine')}</dt>
        <dd data-testid="entry-conflict-mine" className="font-semibold">
          {formatNumber(parseDecimal(mine), 2, locale)} {unit}
        </dd>
        <dt>{t('entry.conflict.theirs')}</dt>
        <dd data-testid="entry-conflict-theirs" className="font-semibold">
          {conflict.currentValue === null
            ? t('entry.conflict.none')
            : `${formatNumber(conflict.currentValue, 2, locale)} ${unit}`}{' '}
          ({t(`measurementStatus.${conflict.currentStatus}`, { defaultValue: conflict.currentStatus })})
        </dd>
      </dl>
      <p className="text-sm">{t('entry.conflict.explain')}</p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>{t('entry.conflict.keepMine')}</Button>
        <Button tone="quiet" onClick={onTakeTheirs}>
          {t('entry.conflict.takeTheirs')}
        </Button>
      </div>
    </section>
  );
}
