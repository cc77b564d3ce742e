// The reporting month the inbox shows: the current month in WITA by default, any month of the
// year on request (late reports of earlier months are listed first in each).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { formatMonth } from '../../format/formatMonth';

export interface Period {
  year: number;
  month: number;
}

export function PeriodPicker({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const years = [value.year - 1, value.year, value.year + 1];
  const selectClass = 'min-h-11 rounded-lg border border-line bg-surface-raised px-2 text-ink';
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-month`} className="text-sm font-medium">
          {t('entry.period.month')}
        </label>
        <select
          id={`${id}-month`}
          value={value.month}
          onChange={(e) => onChange({ ...value, month: Number(e.target.value) })}
          className={selectClass}
        >
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-year`} className="text-sm font-medium">
          {t('entry.period.year')}
        </label>
        <select
          id={`${id}-year`}
          value={value.year}
          onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
          className={selectClass}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
