// One of the three SKP ratings (above, meets, below expectations), or none chosen yet.
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../../../ui/form/FormSelect';
import type { FormState } from '../../../ui/form/useForm';
import type { RatingChoice } from '../types/RatingDraft';

const RATINGS = ['ABOVE', 'MEETS', 'BELOW'] as const;

export function RatingSelect({
  form,
  field,
  label,
  value,
  testId,
  onChange,
}: {
  form: FormState;
  field: string;
  label: string;
  value: RatingChoice;
  testId?: string;
  onChange: (value: RatingChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormSelect
      form={form}
      field={field}
      label={label}
      value={value}
      options={RATINGS.map((rating) => ({ value: rating, label: t(`skp.rating.${rating}`) }))}
      emptyLabel={t('skp.appraisal.choose')}
      testId={testId}
      onChange={(e) => onChange(e.target.value as RatingChoice)}
    />
  );
}
