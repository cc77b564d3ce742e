// The code of a tenant or a unit, with the rule it follows as its hint; typed in upper case, as
// the rule wants it.
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../../ui/form/FormInput';
import type { FormState } from '../../../ui/form/useForm';

export function CodeInput({
  form,
  hint,
  value,
  onChange,
}: {
  form: FormState;
  hint: string;
  value: string;
  /** Gets what was typed, in upper case. */
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormInput
      form={form}
      field="code"
      label={t('org.fields.code')}
      hint={hint}
      autoCapitalize="characters"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value.toUpperCase())}
    />
  );
}
