// The official's realisation of one RHK in one period, with evidence: a link and/or a note.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkpPeriod } from '../../../gql/graphql';
import { FormField } from '../../../ui/form/FormField';
import { FormFrame } from '../../../ui/form/FormFrame';
import { FormInput } from '../../../ui/form/FormInput';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { useForm } from '../../../ui/form/useForm';
import { SaveSkpRealisationDocument } from '../graphql/saveSkpRealisationMutation.generated';
import type { RealisationDraft } from '../types/RhkDraft';
import { ownSkpErrorOf } from '../utils/ownSkpErrorOf';
import { validateRealisation } from '../utils/validateOwnSkp';

export function RealisationForm({
  planId,
  rhkId,
  period,
  saved,
  onSaved,
}: {
  planId: string;
  rhkId: string;
  period: SkpPeriod;
  saved: { realisation: string; evidenceUrl?: string | null; evidenceText?: string | null } | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ errorOf: ownSkpErrorOf, testIdPrefix: 'skp-realisation' });
  const [draft, setDraft] = useState<RealisationDraft>(() => ({
    realisation: saved?.realisation ?? '',
    evidenceUrl: saved?.evidenceUrl ?? '',
    evidenceText: saved?.evidenceText ?? '',
  }));
  const [done, setDone] = useState(false);
  const [save] = useMutation(SaveSkpRealisationDocument);

  const submit = async () => {
    setDone(false);
    const sent = await form.sendChecked(
      validateRealisation(draft),
      draft,
      async (request, clientMutationId) =>
        save({
          variables: {
            input: {
              planId,
              rhkId,
              period,
              realisation: request.realisation.trim(),
              evidenceUrl: request.evidenceUrl.trim() || null,
              evidenceText: request.evidenceText.trim() || null,
              clientMutationId,
            },
          },
        }),
      onSaved,
    );
    if (sent) {
      setDone(true);
      onSaved();
    }
  };

  return (
    <FormFrame
      form={form}
      testId="skp-realisation-form"
      title={t('skp.own.realisationTitle', { period: t(`skp.period.${period}`) })}
      headingLevel={5}
      submitLabel={t('skp.own.saveRealisation')}
      footer={
        done ? (
          <p className="text-sm" role="status" data-testid="skp-realisation-saved">
            {t('skp.own.realisationSaved')}
          </p>
        ) : null
      }
      onSubmit={submit}
    >
      <FormField form={form} field="realisation" label={t('skp.own.realisation')}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={draft.realisation}
            className={`${INPUT_CLASS} py-2`}
            onChange={(e) => setDraft((d) => ({ ...d, realisation: e.target.value }))}
          />
        )}
      </FormField>
      <FormInput
        form={form}
        field="evidenceUrl"
        type="url"
        inputMode="url"
        label={t('skp.own.evidenceUrl')}
        hint={t('skp.own.evidenceUrlHint')}
        value={draft.evidenceUrl}
        onChange={(e) => setDraft((d) => ({ ...d, evidenceUrl: e.target.value }))}
      />
      <FormInput
        form={form}
        field="evidenceText"
        label={t('skp.own.evidenceText')}
        value={draft.evidenceText}
        onChange={(e) => setDraft((d) => ({ ...d, evidenceText: e.target.value }))}
      />
    </FormFrame>
  );
}
