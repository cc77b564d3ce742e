// The budget of a node up to the month: pagu, realised spend, absorption and physical progress
// against plan; for a unit, also per program, with pagu murni and the APBD-P revision under the pagu
// in force for the month.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { DeviationLevel } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { TableScroll } from '../../../ui/TableScroll';
import { formatPercent } from '../../format/formatPercent';
import { formatDate } from '../../format/formatDate';
import { formatRupiah } from '../../format/formatRupiah';
import { programCeilingsOf } from '../utils/programCeilingsOf';
import { UnitProgramsDocument } from '../graphql/unitProgramsQuery.generated';
import { useRefreshOnSeq } from '../hooks/useRefreshOnSeq';
import { ColumnHeader } from '../../../ui/ColumnHeader';

export interface BudgetView {
  pagu: string;
  realisedSpend: string;
  absorption?: number | null;
  plannedPhysical: number;
  realisedPhysical: number;
  spendLevel: DeviationLevel;
  physicalLevel: DeviationLevel;
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="text-xl font-bold break-words" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export function BudgetSummary({
  budget,
  unitId,
  year,
  month,
  liveSeq,
}: {
  budget: BudgetView | null | undefined;
  /** Set for an org unit: its programs are listed too. */
  unitId: string | null;
  year: number;
  month: number;
  liveSeq?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card title={t('drill.budget.title')}>
      {budget ? (
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Figure
            label={t('drill.budget.pagu')}
            value={formatRupiah(budget.pagu, locale)}
            testId="budget-pagu"
          />
          <Figure
            label={t('drill.budget.realised')}
            value={formatRupiah(budget.realisedSpend, locale)}
            testId="budget-realised"
          />
          <Figure
            label={t('drill.budget.absorption')}
            value={`${formatPercent(budget.absorption, 2, locale)} · ${t(`wall.budget.level.${budget.spendLevel}`)}`}
            testId="budget-absorption"
          />
          <Figure
            label={t('drill.budget.physical')}
            value={t('drill.budget.physicalOfPlan', {
              realised: formatPercent(budget.realisedPhysical, 2, locale),
              planned: formatPercent(budget.plannedPhysical, 2, locale),
            })}
            testId="budget-physical"
          />
        </dl>
      ) : (
        <p className="text-ink-muted">{t('wall.budget.none')}</p>
      )}
      {unitId ? <ProgramsTable unitId={unitId} year={year} month={month} liveSeq={liveSeq} /> : null}
    </Card>
  );
}

/** Under the pagu in force: pagu murni and, once revised, pagu perubahan with its date. */
function ProgramCeilings({ program }: { program: Parameters<typeof programCeilingsOf>[0] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ceilings = programCeilingsOf(program);
  return (
    <span className="block text-xs text-ink-muted" data-testid="program-ceilings">
      {t('drill.budget.murni', { amount: formatRupiah(ceilings.murni, locale) })}
      {ceilings.perubahan ? (
        <span className="block">
          {t('drill.budget.perubahan', {
            amount: formatRupiah(ceilings.perubahan, locale),
            date: formatDate(ceilings.berlaku, { locale }),
          })}
        </span>
      ) : null}
    </span>
  );
}

function ProgramsTable({
  unitId,
  year,
  month,
  liveSeq,
}: {
  unitId: string;
  year: number;
  month: number;
  liveSeq?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, refetch } = useQuery(UnitProgramsDocument, { variables: { id: unitId, year, month } });
  useRefreshOnSeq(liveSeq, refetch);
  const programs = data?.node?.__typename === 'OrgUnit' ? data.node.programs : [];
  if (programs.length === 0) return null;
  const label = t('drill.budget.programs');
  return (
    <div className="mt-4">
      <h3 className="mb-2 font-semibold">{label}</h3>
      <TableScroll label={label}>
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line text-ink-muted">
              <ColumnHeader>{t('drill.budget.program')}</ColumnHeader>
              <ColumnHeader numeric>{t('drill.budget.pagu')}</ColumnHeader>
              <ColumnHeader numeric>{t('drill.budget.realised')}</ColumnHeader>
              <ColumnHeader numeric>{t('drill.budget.absorption')}</ColumnHeader>
              <ColumnHeader numeric last>
                {t('drill.budget.physical')}
              </ColumnHeader>
            </tr>
          </thead>
          <tbody>
            {programs.map((p) => (
              <tr key={p.id} data-testid="program-row" className="border-b border-line">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <span className="block text-xs text-ink-muted">{p.code}</span>
                  {p.name}
                </th>
                <td className="py-2 pr-3 text-right whitespace-nowrap">
                  {formatRupiah(p.budget?.pagu, locale)}
                  <ProgramCeilings program={p} />
                </td>
                <td className="py-2 pr-3 text-right whitespace-nowrap">
                  {formatRupiah(p.budget?.realisedSpend, locale)}
                </td>
                <td className="py-2 pr-3 text-right whitespace-nowrap">
                  {formatPercent(p.budget?.absorption, 2, locale)}
                </td>
                <td className="py-2 text-right whitespace-nowrap">
                  {formatPercent(p.budget?.realisedPhysical, 2, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
