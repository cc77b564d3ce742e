// The official adds a Rencana Hasil Kerja: its text, the supervisor's RHK it contributes to
// (intervensi, from the supervisor's plan of the year) and its indicators with target and unit.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { FormFrame } from '../../../ui/form/FormFrame';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { useForm } from '../../../ui/form/useForm';
import { AddRencanaHasilKerjaDocument } from '../graphql/addRencanaHasilKerjaMutation.generated';
import type { RhkDraft } from '../types/RhkDraft';
import { ownSkpErrorOf } from '../utils/ownSkpErrorOf';
import { INDICATORS_MAX, validateRhk } from '../utils/validateOwnSkp';

const emptyIndicator = () => ({ text: '', target: '', unit: '' });
const emptyDraft = (): RhkDraft => ({ text: '', parentRhkId: '', indicators: [emptyIndicator()] });

export function RhkForm({
  planId,
  supervisorResults,
  onAdded,
}: {
  planId: string;
  supervisorResults: readonly { id: string; text: string }[];
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ errorOf: ownSkpErrorOf, testIdPrefix: 'skp-rhk' });
  const [draft, setDraft] = useState<RhkDraft>(emptyDraft);
  const [add] = useMutation(AddRencanaHasilKerjaDocument);

  const setIndicator = (index: number, key: 'text' | 'target' | 'unit', value: string) =>
    setDraft((d) => ({
      ...d,
      indicators: d.indicators.map((indicator, i) =>
        i === index ? { ...indicator, [key]: value } : indicator,
      ),
    }));

  const submit = async () => {
    const sent = await form.sendChecked(validateRhk(draft), draft, async (request, clientMutationId) =>
      add({
        variables: {
          input: {
            planId,
            text: request.text.trim(),
            parentRhkId: request.parentRhkId || null,
            indicators: request.indicators.map((i) => ({
              text: i.text.trim(),
              target: i.target.trim(),
              unit: i.unit.trim(),
            })),
            clientMutationId,
          },
        },
      }),
    );
    if (sent) {
      setDraft(emptyDraft());
      onAdded();
    }
  };

  return (
    <FormFrame
      form={form}
      testId="skp-rhk-form"
      title={t('skp.own.addRhk')}
      headingLevel={3}
      submitLabel={t('skp.own.saveRhk')}
      onSubmit={submit}
    >
      <FormInput
        form={form}
        field="text"
        label={t('skp.own.rhkText')}
        value={draft.text}
        onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))}
      />
      <FormSelect
        form={form}
        field="parentRhkId"
        label={t('skp.own.parent')}
        hint={supervisorResults.length === 0 ? t('skp.own.noParent') : undefined}
        value={draft.parentRhkId}
        emptyLabel={t('skp.own.parentNone')}
        options={supervisorResults.map((r) => ({ value: r.id, label: r.text }))}
        onChange={(e) => setDraft((d) => ({ ...d, parentRhkId: e.target.value }))}
      />
      <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-line p-3">
        <legend className="px-1 font-semibold">{t('skp.own.indicators')}</legend>
        {draft.indicators.map((indicator, index) => (
          <div
            key={index}
            className="flex min-w-0 flex-col gap-2 border-b border-line pb-3 last:border-b-0"
            data-testid="skp-rhk-indicator"
          >
            <FormInput
              form={form}
              field={`indicators.${index}.text`}
              label={t('skp.own.indicatorText', { n: index + 1 })}
              value={indicator.text}
              onChange={(e) => setIndicator(index, 'text', e.target.value)}
            />
            <div className="grid min-w-0 grid-cols-2 gap-2">
              <FormInput
                form={form}
                field={`indicators.${index}.target`}
                label={t('skp.own.target', { n: index + 1 })}
                value={indicator.target}
                onChange={(e) => setIndicator(index, 'target', e.target.value)}
              />
              <FormInput
                form={form}
                field={`indicators.${index}.unit`}
                label={t('skp.own.unit', { n: index + 1 })}
                value={indicator.unit}
                onChange={(e) => setIndicator(index, 'unit', e.target.value)}
              />
            </div>
            {draft.indicators.length > 1 ? (
              <Button
                tone="quiet"
                className="w-full sm:w-auto"
                onClick={() =>
                  setDraft((d) => ({ ...d, indicators: d.indicators.filter((_, i) => i !== index) }))
                }
              >
                {t('skp.own.removeIndicator', { n: index + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        <FieldMessage
          id={`${form.inputId('indicators')}-error`}
          message={form.messageOf('indicators')}
          testId={form.errorTestId('indicators')}
        />
        {draft.indicators.length < INDICATORS_MAX ? (
          <Button
            tone="quiet"
            className="w-full sm:w-auto"
            onClick={() => setDraft((d) => ({ ...d, indicators: [...d.indicators, emptyIndicator()] }))}
          >
            {t('skp.own.addIndicator')}
          </Button>
        ) : null}
      </fieldset>
    </FormFrame>
  );
}
