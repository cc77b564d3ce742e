// A form's draft (see useDraft) with `bind(field)`: what ties a text field of the draft to its
// control, the form, the field, its label (the catalog section's `<field>` key), value and edits.
import { useTranslation } from 'react-i18next';
import { useDraft } from './useDraft';
import type { FormState } from './useForm';

/** The fields of the draft that hold text. */
type TextField<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

export function useBoundDraft<D extends object>(form: FormState, initial: D, labels: string) {
  const { t } = useTranslation();
  const drafted = useDraft(initial);
  const bind = (field: TextField<D>) => ({
    form,
    field,
    label: t(`${labels}.${field}`),
    value: drafted.draft[field] as string,
    onChange: drafted.edit(field, (value) => value as D[typeof field]),
  });
  return { ...drafted, bind };
}
