// The official's SKP of the year on their drill-down page: the RHK with indicators and the
// supervisor's RHK each contributes to, the ratings and predikat per period, and links up to the
// direct supervisor and down to the direct subordinates. Shown to whoever may read it.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Card';
import { TableScroll } from '../../../ui/TableScroll';
import { DrillLink } from '../../dashboard/components/DrillLink';
import { drillPaths } from '../../dashboard/utils/drillPaths';
import { SkpPlanDocument } from '../graphql/skpPlanQuery.generated';
import { SKP_PERIODS } from '../utils/skpPeriods';
import { RhkDetails } from './RhkDetails';

const LINK_CLASS = 'rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent';

export function OfficialSkpSection({ officialId, year }: { officialId: string; year: number }) {
  const { t } = useTranslation();
  const { data } = useQuery(SkpPlanDocument, { variables: { officialId, year } });
  // Nothing while loading, and nothing for a viewer who may not read it (the API refuses them).
  if (!data) return null;
  const plan = data.skpPlan;
  const title = t('skp.section.title', { year });
  if (!plan)
    return (
      <Card title={title}>
        <p data-testid="skp-section-none">{t('skp.section.none')}</p>
      </Card>
    );
  const byPeriod = new Map(plan.evaluations.map((e) => [e.period, e]));
  return (
    <Card title={title}>
      <div className="flex flex-col gap-4" data-testid="skp-section">
        <div>
          <h3 className="font-semibold">{t('skp.section.rhk')}</h3>
          {plan.results.length === 0 ? (
            <p className="text-ink-muted">{t('skp.section.noRhk')}</p>
          ) : (
            <ol className="ml-5 list-decimal">
              {plan.results.map((rhk) => (
                <li key={rhk.id} className="mt-1">
                  <span className="font-medium">{rhk.text}</span>
                  <RhkDetails rhk={rhk} />
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3 className="font-semibold">{t('skp.section.ratings')}</h3>
          <TableScroll label={t('skp.section.ratings')}>
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-line text-left">
                  {(['period', 'hasilKerja', 'perilakuKerja', 'predicate'] as const).map((key) => (
                    <th key={key} scope="col" className="p-2">
                      {t(`skp.columns.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {SKP_PERIODS.map((period) => {
                  const evaluation = byPeriod.get(period);
                  return (
                    <tr key={period} className="border-b border-line" data-testid={`skp-period-${period}`}>
                      <th scope="row" className="p-2 text-left font-medium">
                        {t(`skp.period.${period}`)}
                      </th>
                      <td className="p-2">
                        {evaluation?.hasilKerja ? t(`skp.rating.${evaluation.hasilKerja}`) : '—'}
                      </td>
                      <td className="p-2">
                        {evaluation?.perilakuKerja ? t(`skp.rating.${evaluation.perilakuKerja}`) : '—'}
                      </td>
                      <td className="p-2 font-semibold" data-testid="skp-predicate">
                        {evaluation?.predicate
                          ? t(`skp.predicate.${evaluation.predicate}`)
                          : t('skp.section.notRated')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {plan.viewerCanRate ? (
            <Link to="/skp/penilaian" className={`mt-2 inline-block ${LINK_CLASS}`}>
              {t('skp.section.rateLink')}
            </Link>
          ) : null}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="font-semibold">{t('skp.section.supervisor')}</h3>
            {plan.supervisor ? (
              <DrillLink
                to={drillPaths.official(plan.supervisor.id)}
                className={LINK_CLASS}
                data-testid="skp-supervisor-link"
              >
                {plan.supervisor.name}
              </DrillLink>
            ) : (
              <p className="text-ink-muted">{t('skp.section.noSupervisor')}</p>
            )}
          </div>
          <div>
            <h3 className="font-semibold">{t('skp.section.subordinates')}</h3>
            {plan.subordinates.length === 0 ? (
              <p className="text-ink-muted">{t('skp.section.noSubordinates')}</p>
            ) : (
              <ul>
                {plan.subordinates.map((s) => (
                  <li key={s.id}>
                    <DrillLink to={drillPaths.official(s.id)} className={LINK_CLASS}>
                      {s.name}
                    </DrillLink>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </div>
    </Card>
  );
}
