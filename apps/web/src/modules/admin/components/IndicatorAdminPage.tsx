// `/admin/indicators`: pick a scorecard (the province's or an OPD's) and one of its objectives;
// see its indicators with their targets, change targets, change or delete an indicator, or add one.
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import type { RowNotice } from '../../../ui/form/RowNotice';
import { currentPeriod } from '../../wall/utils/currentPeriod';
import { AdminScopesDocument } from '../graphql/adminScopesQuery.generated';
import { AdminScorecardDocument } from '../graphql/adminScorecardQuery.generated';
import { ImportPanel } from '../../imports/components/ImportPanel';
import { ExportButtons } from '../../transfer/components/ExportButtons';
import { targetTemplateOf } from '../utils/targetTemplateOf';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorItem } from './IndicatorItem';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

export function IndicatorAdminPage() {
  const timeZone = useTimeZone();
  const { t } = useTranslation();
  const id = useId();
  const [year] = useState(() => currentPeriod(new Date(), timeZone).year);
  const [scorecardId, setScorecardId] = useState('');
  const [objectiveId, setObjectiveId] = useState('');
  const [notice, setNotice] = useState<RowNotice | null>(null);
  const scopes = useQuery(AdminScopesDocument, { variables: { year } });
  const scorecard = useQuery(AdminScorecardDocument, {
    variables: { id: scorecardId, year },
    skip: !scorecardId,
    fetchPolicy: 'cache-and-network',
  });

  const options = (scopes.data?.tenants ?? []).flatMap((tenant) => [
    ...(tenant.scorecard ? [{ id: tenant.scorecard.id, name: tenant.name }] : []),
    ...tenant.opds.flatMap((opd) => (opd.scorecard ? [{ id: opd.scorecard.id, name: opd.name }] : [])),
  ]);
  const node = scorecard.data?.node;
  const objectives = node?.__typename === 'Scorecard' ? node.objectives : [];
  const objective = objectives.find((o) => o.id === objectiveId);

  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{t('admin.indicators.title', { year })}</h2>
      {scopes.loading && !scopes.data ? <LoadingState /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-scorecard`} className="font-medium">
            {t('admin.indicators.scorecard')}
          </label>
          <select
            id={`${id}-scorecard`}
            value={scorecardId}
            onChange={(e) => {
              setScorecardId(e.target.value);
              setObjectiveId('');
              setNotice(null);
            }}
            className={INPUT_CLASS}
          >
            <option value="">{t('admin.indicators.choose')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-objective`} className="font-medium">
            {t('admin.indicators.objective')}
          </label>
          <select
            id={`${id}-objective`}
            value={objectiveId}
            disabled={objectives.length === 0}
            onChange={(e) => {
              setObjectiveId(e.target.value);
              setNotice(null);
            }}
            className={INPUT_CLASS}
          >
            <option value="">{t('admin.indicators.choose')}</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.code} · {o.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {objective ? (
        <>
          <section aria-labelledby={`${id}-list`} className="flex flex-col gap-2">
            <h3 id={`${id}-list`} className="text-lg font-semibold">
              {t('admin.indicators.list', { count: objective.indicators.length })}
            </h3>
            {notice ? (
              <Notice
                tone={notice.tone}
                testId={notice.tone === 'info' ? 'indicator-notice' : 'indicator-notice-error'}
              >
                {notice.text}
              </Notice>
            ) : null}
            <ul className="flex flex-col gap-2">
              {objective.indicators.map((indicator) => (
                <IndicatorItem
                  key={indicator.id}
                  indicator={indicator}
                  objectiveId={objective.id}
                  onChanged={() => scorecard.refetch()}
                  onNotice={setNotice}
                />
              ))}
            </ul>
          </section>
          <IndicatorForm key={objective.id} objectiveId={objective.id} onSaved={() => scorecard.refetch()} />
        </>
      ) : null}
      <ImportPanel
        kind="TARGETS"
        onApplied={() => scorecard.refetch()}
        template={
          objectives.length > 0 ? (
            <ExportButtons
              table={targetTemplateOf(objectives, year, t('admin.targets.templateTitle', { year }))}
            />
          ) : (
            <p className="text-sm text-ink-muted">{t('admin.targets.templateHint')}</p>
          )
        }
      />
    </div>
  );
}
