// A reporting month: month and year selects, in the reader's language. `latest` keeps the choice
// at or before a month (a dashboard has nothing to show after the current one).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/useLocale';
import { formatMonth } from '../modules/format/formatMonth';
import { COMPACT_SELECT_CLASS } from './form/fieldClasses';
import { YearSelect } from './YearSelect';

export interface Period {
  year: number;
  month: number;
}

export function PeriodPicker({
  value,
  years,
  latest,
  testId,
  onChange,
}: {
  value: Period;
  years: readonly number[];
  latest?: Period;
  testId?: string;
  onChange: (period: Period) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const lastMonth = latest && value.year >= latest.year ? latest.month : 12;
  const months = Array.from({ length: lastMonth }, (_, i) => i + 1);
  // A year change keeps the month when it exists in that year, else takes the latest one.
  const changeYear = (year: number) =>
    onChange({
      year,
      month: latest && year >= latest.year ? Math.min(value.month, latest.month) : value.month,
    });
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid={testId}>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-month`} className="text-sm font-medium">
          {t('periodPicker.month')}
        </label>
        <select
          id={`${id}-month`}
          value={value.month}
          onChange={(e) => onChange({ ...value, month: Number(e.target.value) })}
          className={COMPACT_SELECT_CLASS}
        >
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, locale)}
            </option>
          ))}
        </select>
      </div>
      <YearSelect
        label={t('periodPicker.year')}
        years={years}
        value={value.year}
        compact
        onChange={changeYear}
      />
    </div>
  );
}
