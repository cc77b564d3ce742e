// `/skp/penilaian`: a supervisor appraises their direct subordinates on a phone — one card per
// subordinate with the period's predikat, opening their SKP when there is none, and the rating form.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { SkpPeriod } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { DrillLink } from '../../dashboard/components/DrillLink';
import { useDashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import { drillPaths } from '../../dashboard/utils/drillPaths';
import { CreateSkpPlanDocument } from '../graphql/createSkpPlanMutation.generated';
import { SkpAppraiseesDocument } from '../graphql/skpAppraiseesQuery.generated';
import { evaluationOf } from '../utils/evaluationOf';
import { periodOfMonth } from '../utils/periodOfMonth';
import { skpErrorOf } from '../utils/skpErrorOf';
import { SkpPeriodSelect } from './SkpPeriodSelect';
import { SkpRatingForm } from './SkpRatingForm';

export function SkpAppraisalPage() {
  const { t } = useTranslation();
  const { year, month } = useDashboardPeriod();
  const [period, setPeriod] = useState<SkpPeriod>(() => periodOfMonth(month));
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ officialId: string; predicate: string | null } | null>(null);
  const [createError, setCreateError] = useState<{ officialId: string; key: string } | null>(null);
  const { data, error, refetch } = useQuery(SkpAppraiseesDocument, { variables: { year } });
  const [createPlan, { loading: creating }] = useMutation(CreateSkpPlanDocument);

  const create = async (officialId: string) => {
    setCreateError(null);
    try {
      await createPlan({ variables: { input: { officialId, year, clientMutationId: newMutationId() } } });
      await refetch();
    } catch (failure) {
      setCreateError({ officialId, key: skpErrorOf(failure).key });
    }
  };

  const appraisees = data?.skpAppraisees ?? [];
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4" data-testid="skp-appraisal-page">
      <h2 className="text-xl font-semibold">{t('skp.appraisal.title')}</h2>
      <p className="text-ink-muted">{t('skp.appraisal.explain')}</p>
      <SkpPeriodSelect
        value={period}
        onChange={(next) => {
          setPeriod(next);
          setOpen(null);
          setSaved(null);
        }}
      />
      {error && !data ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
      {!error && !data ? <LoadingState /> : null}
      {data && appraisees.length === 0 ? (
        <Notice tone="info">{t('skp.appraisal.noSubordinates')}</Notice>
      ) : null}
      <ul className="flex flex-col gap-3">
        {appraisees.map(({ official, plan }) => {
          const evaluation = plan ? evaluationOf(plan, period) : null;
          return (
            <li
              key={official.id}
              className="flex flex-col gap-2 rounded-xl border border-line bg-surface-raised p-4"
              data-testid="skp-appraisee"
              data-official-id={official.id}
            >
              <DrillLink
                to={drillPaths.official(official.id)}
                className="rounded font-semibold text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
              >
                {official.name}
              </DrillLink>
              <p className="text-sm text-ink-muted">
                {official.positionTitle ?? '—'} · {official.nip}
              </p>
              {!plan ? (
                <>
                  <p>{t('skp.appraisal.noPlan', { year })}</p>
                  <Button
                    tone="quiet"
                    className="w-full sm:w-auto"
                    disabled={creating}
                    data-testid="skp-create-plan"
                    onClick={() => void create(official.id)}
                  >
                    {creating ? t('skp.appraisal.creating') : t('skp.appraisal.createPlan', { year })}
                  </Button>
                  {createError?.officialId === official.id ? (
                    <Notice tone="error">{t(createError.key)}</Notice>
                  ) : null}
                </>
              ) : (
                <>
                  <p data-testid="skp-appraisee-predicate">
                    {t('skp.appraisal.current', {
                      period: t(`skp.period.${period}`),
                      predicate: evaluation?.predicate
                        ? t(`skp.predicate.${evaluation.predicate}`)
                        : t('skp.section.notRated'),
                    })}
                  </p>
                  {saved?.officialId === official.id ? (
                    <Notice tone="info" testId="skp-rating-saved">
                      {t('skp.appraisal.saved', {
                        predicate: saved.predicate ? t(`skp.predicate.${saved.predicate}`) : '—',
                      })}
                    </Notice>
                  ) : null}
                  {open === official.id ? (
                    <SkpRatingForm
                      key={`${plan.id}-${period}`}
                      plan={plan}
                      name={official.name}
                      period={period}
                      onCancel={() => setOpen(null)}
                      onDone={(predicate) => {
                        setOpen(null);
                        setSaved({ officialId: official.id, predicate });
                      }}
                    />
                  ) : (
                    <Button
                      className="w-full sm:w-auto"
                      data-testid="skp-rate"
                      onClick={() => {
                        setSaved(null);
                        setOpen(official.id);
                      }}
                    >
                      {t('skp.appraisal.rate', { name: official.name })}
                    </Button>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
