// What an RHK says under its text: the supervisor's RHK it contributes to, and its indicators
// with target and unit.
import { useTranslation } from 'react-i18next';
import type { SkpPlanFieldsFragment } from '../graphql/skpPlanFieldsFragment.generated';

export function RhkDetails({ rhk }: { rhk: SkpPlanFieldsFragment['results'][number] }) {
  const { t } = useTranslation();
  return (
    <>
      {rhk.parentText ? (
        <p className="text-sm break-words text-ink-muted">
          {t('skp.section.intervenes', { text: rhk.parentText })}
        </p>
      ) : null}
      <ul className="ml-4 list-disc text-sm break-words">
        {rhk.indicators.map((indicator) => (
          <li key={indicator.id}>
            {t('skp.section.indicator', {
              text: indicator.text,
              target: indicator.target,
              unit: indicator.unit,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
