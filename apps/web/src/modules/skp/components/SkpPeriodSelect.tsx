// Picks the appraisal period (the four quarters and the year's closing one).
import { useTranslation } from 'react-i18next';
import type { SkpPeriod } from '../../../gql/graphql';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { SKP_PERIODS } from '../utils/skpPeriods';

export function SkpPeriodSelect({
  value,
  onChange,
}: {
  value: SkpPeriod;
  onChange: (period: SkpPeriod) => void;
}) {
  const { t } = useTranslation();
  return (
    <LabelledSelect
      label={t('skp.appraisal.period')}
      value={value}
      data-testid="skp-period"
      className="sm:max-w-60"
      options={SKP_PERIODS.map((p) => ({ value: p, label: t(`skp.period.${p}`) }))}
      onChange={(e) => onChange(e.target.value as SkpPeriod)}
    />
  );
}
