// `/admin/scorecards`: pick a scorecard (the province's or an OPD's) and edit its strategy map:
// perspective weights, objectives grouped by perspective (added, changed, deleted, cascading from
// an objective of the scorecard one level up), and cause–effect links.
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import type { RowNotice } from '../../../ui/form/RowNotice';
import { currentPeriod } from '../../wall/utils/currentPeriod';
import { ParentObjectivesDocument } from '../graphql/parentObjectivesQuery.generated';
import { ScorecardAdminScopesDocument } from '../graphql/scorecardAdminScopesQuery.generated';
import { ScorecardMapDocument } from '../graphql/scorecardMapQuery.generated';
import { groupByPerspective } from '../utils/groupByPerspective';
import { parentObjectivesOf } from '../utils/parentObjectivesOf';
import { ObjectiveForm } from './ObjectiveForm';
import { ObjectiveItem } from './ObjectiveItem';
import { ObjectiveLinks } from './ObjectiveLinks';
import { PerspectiveWeightsForm } from './PerspectiveWeightsForm';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

export function ScorecardAdminPage() {
  const timeZone = useTimeZone();
  const { t } = useTranslation();
  const id = useId();
  const [year] = useState(() => currentPeriod(new Date(), timeZone).year);
  const [scorecardId, setScorecardId] = useState('');
  const [notice, setNotice] = useState<RowNotice | null>(null);
  const scopes = useQuery(ScorecardAdminScopesDocument, { variables: { year } });
  const map = useQuery(ScorecardMapDocument, {
    variables: { id: scorecardId },
    skip: !scorecardId,
    fetchPolicy: 'cache-and-network',
  });

  const options = (scopes.data?.tenants ?? []).flatMap((tenant) => [
    ...(tenant.scorecard ? [{ id: tenant.scorecard.id, name: tenant.name }] : []),
    ...tenant.opds.flatMap((opd) => (opd.scorecard ? [{ id: opd.scorecard.id, name: opd.name }] : [])),
  ]);
  const node = map.data?.node;
  const scorecard = node?.__typename === 'Scorecard' && node.id === scorecardId ? node : null;
  const refetch = () => map.refetch();
  const above = useQuery(ParentObjectivesDocument, {
    variables: { scorecardId, year: scorecard?.year ?? year },
    skip: !scorecard,
    fetchPolicy: 'cache-and-network',
  });
  const aboveNode = above.data?.node;
  const parents =
    aboveNode?.__typename === 'Scorecard' && aboveNode.id === scorecardId
      ? parentObjectivesOf(aboveNode.owner)
      : above.loading
        ? undefined
        : null;
  const perspectives = scorecard?.perspectives.map((p) => p.perspective) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{t('scorecards.title', { year })}</h2>
      {scopes.loading && !scopes.data ? <LoadingState /> : null}
      <div className="flex max-w-xl flex-col gap-1">
        <label htmlFor={`${id}-scorecard`} className="font-medium">
          {t('scorecards.scorecard')}
        </label>
        <select
          id={`${id}-scorecard`}
          value={scorecardId}
          onChange={(e) => {
            setScorecardId(e.target.value);
            setNotice(null);
          }}
          className={INPUT_CLASS}
        >
          <option value="">{t('scorecards.choose')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      {scorecardId && !scorecard && map.loading ? <LoadingState /> : null}
      {scorecard ? (
        <>
          <PerspectiveWeightsForm
            key={`${scorecard.id}:${scorecard.perspectives.map((p) => p.weight).join('/')}`}
            scorecardId={scorecard.id}
            perspectives={scorecard.perspectives}
            onSaved={refetch}
          />
          <section aria-labelledby={`${id}-objectives`} className="flex flex-col gap-3">
            <h3 id={`${id}-objectives`} className="text-lg font-semibold">
              {t('scorecards.objectives.title', { count: scorecard.objectives.length })}
            </h3>
            {notice ? (
              <Notice
                tone={notice.tone}
                testId={notice.tone === 'info' ? 'objective-notice' : 'objective-notice-error'}
              >
                {notice.text}
              </Notice>
            ) : null}
            {groupByPerspective(perspectives, scorecard.objectives).map((group) => (
              <div key={group.perspective} className="flex flex-col gap-2" data-testid="perspective-group">
                <h4 className="font-semibold">{t(`perspective.${group.perspective}`)}</h4>
                {group.objectives.length === 0 ? (
                  <p className="text-sm text-ink-muted">{t('scorecards.objectives.none')}</p>
                ) : (
                  <ul className="flex flex-col gap-1">
                    {group.objectives.map((o) => (
                      <ObjectiveItem
                        key={o.id}
                        objective={o}
                        scorecardId={scorecard.id}
                        perspectives={perspectives}
                        parents={parents}
                        onChanged={refetch}
                        onNotice={setNotice}
                      />
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </section>
          <ObjectiveForm
            key={scorecard.id}
            scorecardId={scorecard.id}
            perspectives={perspectives}
            parents={parents}
            onSaved={refetch}
          />
          <ObjectiveLinks
            key={`links-${scorecard.id}`}
            objectives={scorecard.objectives}
            links={scorecard.links}
            onChanged={refetch}
          />
        </>
      ) : null}
    </div>
  );
}
