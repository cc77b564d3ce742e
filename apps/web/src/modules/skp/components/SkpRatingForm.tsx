// The direct supervisor's appraisal of one period, sized for a phone: the hasil kerja rating, the
// seven BerAKHLAK behaviours each with optional feedback, the overall behaviour rating and feedback.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkpPeriod } from '../../../gql/graphql';
import { FormFrame } from '../../../ui/form/FormFrame';
import { FormField } from '../../../ui/form/FormField';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { useForm } from '../../../ui/form/useForm';
import type { SkpPlanFieldsFragment } from '../graphql/skpPlanFieldsFragment.generated';
import { RateSkpDocument } from '../graphql/rateSkpMutation.generated';
import type { RatingDraft } from '../types/RatingDraft';
import { ratingDraftOf } from '../utils/emptyRatingDraft';
import { skpErrorOf } from '../utils/skpErrorOf';
import { ASPECT_FEEDBACK_MAX, FEEDBACK_MAX, validateRating } from '../utils/validateRating';
import { evaluationOf } from '../utils/evaluationOf';
import { RatingSelect } from './RatingSelect';

export function SkpRatingForm({
  plan,
  name,
  period,
  onDone,
  onCancel,
}: {
  plan: SkpPlanFieldsFragment;
  name: string;
  period: SkpPeriod;
  onDone: (predicate: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ errorOf: skpErrorOf, testIdPrefix: 'skp-rating' });
  const [draft, setDraft] = useState<RatingDraft>(() => ratingDraftOf(evaluationOf(plan, period)));
  const [rate] = useMutation(RateSkpDocument);

  const submit = async () => {
    await form.sendChecked(validateRating(draft), draft, async (request, clientMutationId) => {
      const result = await rate({
        variables: {
          input: {
            planId: plan.id,
            period,
            hasilKerja: request.hasilKerja,
            perilakuKerja: request.perilakuKerja,
            behaviours: request.behaviours.map((b) => ({
              aspect: b.aspect,
              rating: b.rating,
              feedback: b.feedback.trim() || null,
            })),
            feedback: request.feedback.trim() || null,
            clientMutationId,
          },
        },
      });
      const saved = result.data?.rateSkp.evaluations.find((e) => e.period === period);
      onDone(saved?.predicate ?? null);
    });
  };

  return (
    <FormFrame
      form={form}
      testId="skp-rating-form"
      title={t('skp.appraisal.formTitle', { name, period: t(`skp.period.${period}`) })}
      headingLevel={4}
      submitLabel={t('skp.appraisal.submit')}
      cancelLabel={t('skp.appraisal.cancel')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <RatingSelect
        form={form}
        field="hasilKerja"
        label={t('skp.appraisal.hasilKerja')}
        value={draft.hasilKerja}
        testId="skp-hasil-kerja"
        onChange={(hasilKerja) => setDraft((d) => ({ ...d, hasilKerja }))}
      />
      <fieldset className="flex flex-col gap-3 rounded-lg border border-line p-3">
        <legend className="px-1 font-semibold">{t('skp.appraisal.behaviours')}</legend>
        {draft.behaviours.map((behaviour, index) => (
          <div
            key={behaviour.aspect}
            className="flex flex-col gap-2"
            data-testid={`skp-aspect-${behaviour.aspect}`}
          >
            <RatingSelect
              form={form}
              field={`behaviours.${index}.rating`}
              label={t(`skp.aspect.${behaviour.aspect}`)}
              value={behaviour.rating}
              onChange={(rating) =>
                setDraft((d) => ({
                  ...d,
                  behaviours: d.behaviours.map((b, i) => (i === index ? { ...b, rating } : b)),
                }))
              }
            />
            <FormField
              form={form}
              field={`behaviours.${index}.feedback`}
              label={t('skp.appraisal.feedbackFor', { aspect: t(`skp.aspect.${behaviour.aspect}`) })}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  maxLength={ASPECT_FEEDBACK_MAX + 1}
                  value={behaviour.feedback}
                  className={INPUT_CLASS}
                  onChange={(e) =>
                    setDraft((d) => ({
                      ...d,
                      behaviours: d.behaviours.map((b, i) =>
                        i === index ? { ...b, feedback: e.target.value } : b,
                      ),
                    }))
                  }
                />
              )}
            </FormField>
          </div>
        ))}
      </fieldset>
      <RatingSelect
        form={form}
        field="perilakuKerja"
        label={t('skp.appraisal.perilakuKerja')}
        value={draft.perilakuKerja}
        testId="skp-perilaku-kerja"
        onChange={(perilakuKerja) => setDraft((d) => ({ ...d, perilakuKerja }))}
      />
      <FormField form={form} field="feedback" label={t('skp.appraisal.feedback')}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            maxLength={FEEDBACK_MAX + 1}
            value={draft.feedback}
            className={`${INPUT_CLASS} py-2`}
            onChange={(e) => setDraft((d) => ({ ...d, feedback: e.target.value }))}
          />
        )}
      </FormField>
    </FormFrame>
  );
}
