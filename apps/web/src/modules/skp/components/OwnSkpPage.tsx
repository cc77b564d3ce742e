// `/skp/saya`: an official's own SKP of the year on a phone — opening it when there is none, the
// RHK with their indicators and the supervisor's RHK each contributes to, the realisation and
// evidence per RHK for the chosen period, and the form to add an RHK.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { SkpPeriod } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useDashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import { CreateSkpPlanDocument } from '../graphql/createSkpPlanMutation.generated';
import { OwnSkpPlanDocument } from '../graphql/ownSkpPlanQuery.generated';
import { SkpViewerOfficialDocument } from '../graphql/skpViewerOfficialQuery.generated';
import { evaluationOf } from '../utils/evaluationOf';
import { ownSkpErrorOf } from '../utils/ownSkpErrorOf';
import { periodOfMonth } from '../utils/periodOfMonth';
import { RealisationForm } from './RealisationForm';
import { RhkDetails } from './RhkDetails';
import { RhkForm } from './RhkForm';
import { SkpPeriodSelect } from './SkpPeriodSelect';

export function OwnSkpPage() {
  const { t } = useTranslation();
  const { year, month } = useDashboardPeriod();
  const [period, setPeriod] = useState<SkpPeriod>(() => periodOfMonth(month));
  const [createError, setCreateError] = useState<string | null>(null);
  const viewer = useQuery(SkpViewerOfficialDocument);
  const officialId = viewer.data?.skpViewerOfficial?.id;
  const { data, error, refetch } = useQuery(OwnSkpPlanDocument, {
    variables: { officialId: officialId ?? '', year },
    skip: !officialId,
  });
  const [createPlan, { loading: creating }] = useMutation(CreateSkpPlanDocument);

  const create = async () => {
    if (!officialId) return;
    setCreateError(null);
    try {
      await createPlan({ variables: { input: { officialId, year, clientMutationId: newMutationId() } } });
      await refetch();
    } catch (failure) {
      setCreateError(ownSkpErrorOf(failure).key);
    }
  };

  const reload = () => void refetch();
  const plan = data?.skpPlan ?? null;
  const evaluation = plan ? evaluationOf(plan, period) : null;
  const loading = (!viewer.data && !viewer.error) || (officialId && !data && !error);
  return (
    <div className="mx-auto flex w-full max-w-2xl min-w-0 flex-col gap-4" data-testid="skp-own-page">
      <h2 className="text-xl font-semibold">{t('skp.own.title', { year })}</h2>
      {viewer.error || error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
      {loading ? <LoadingState /> : null}
      {viewer.data && !officialId ? <Notice tone="info">{t('skp.own.notOfficial')}</Notice> : null}
      {data && !plan ? (
        <div className="flex flex-col gap-2">
          <p>{t('skp.own.noPlan', { year })}</p>
          <Button
            className="w-full sm:w-auto"
            disabled={creating}
            data-testid="skp-own-create"
            onClick={() => void create()}
          >
            {creating ? t('skp.appraisal.creating') : t('skp.appraisal.createPlan', { year })}
          </Button>
          {createError ? <Notice tone="error">{t(createError)}</Notice> : null}
        </div>
      ) : null}
      {plan ? (
        <>
          <p className="text-ink-muted">
            {plan.officialName} · {plan.nip} · {plan.positionTitle ?? '—'} · {plan.unitName}
          </p>
          <p className="text-ink-muted">
            {plan.supervisor
              ? t('skp.own.supervisor', { name: plan.supervisor.name })
              : t('skp.section.noSupervisor')}
          </p>
          <SkpPeriodSelect value={period} onChange={setPeriod} />
          <section className="flex flex-col gap-3">
            <h3 className="text-lg font-semibold">{t('skp.section.rhk')}</h3>
            {plan.results.length === 0 ? <p className="text-ink-muted">{t('skp.section.noRhk')}</p> : null}
            <ol className="flex flex-col gap-3">
              {plan.results.map((rhk, index) => {
                const saved = evaluation?.realisations.find((r) => r.rhkId === rhk.id) ?? null;
                return (
                  <li
                    key={rhk.id}
                    className="flex min-w-0 flex-col gap-2 rounded-xl border border-line bg-surface-raised p-4"
                    data-testid="skp-own-rhk"
                  >
                    <h4 className="font-semibold break-words">
                      {index + 1}. {rhk.text}
                    </h4>
                    <RhkDetails rhk={rhk} />
                    <RealisationForm
                      key={`${rhk.id}-${period}`}
                      planId={plan.id}
                      rhkId={rhk.id}
                      period={period}
                      saved={saved}
                      onSaved={reload}
                    />
                  </li>
                );
              })}
            </ol>
          </section>
          <section className="rounded-xl border border-line bg-surface-raised p-4">
            <RhkForm planId={plan.id} supervisorResults={plan.supervisorResults} onAdded={reload} />
          </section>
        </>
      ) : null}
    </div>
  );
}
