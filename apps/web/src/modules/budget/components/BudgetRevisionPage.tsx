// `/admin/budget`: an OPD's sub-kegiatan of a budget year with pagu murni and, once revised,
// pagu perubahan with its date; an administrator records an APBD-P revision on a line.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { ColumnHeader } from '../../../ui/ColumnHeader';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { TableScroll } from '../../../ui/TableScroll';
import { YearSelect } from '../../../ui/YearSelect';
import { formatDate } from '../../format/formatDate';
import { formatRupiah } from '../../format/formatRupiah';
import { UserScopesDocument } from '../../users/graphql/userScopesQuery.generated';
import { BudgetLinesDocument } from '../graphql/budgetLinesQuery.generated';
import { BudgetRevisionForm } from './BudgetRevisionForm';

const THIS_YEAR = new Date().getFullYear();
const YEARS = [THIS_YEAR - 1, THIS_YEAR, THIS_YEAR + 1];

export function BudgetRevisionPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const scopes = useQuery(UserScopesDocument);
  const opds = (scopes.data?.tenants ?? []).flatMap((tenant) =>
    tenant.opds.map((opd) => ({ value: opd.id, label: `${opd.name} (${tenant.name})` })),
  );
  const [chosen, setChosen] = useState('');
  const [year, setYear] = useState(THIS_YEAR);
  const [open, setOpen] = useState('');
  const opdId = chosen || opds[0]?.value || '';
  const lines = useQuery(BudgetLinesDocument, { variables: { id: opdId, year }, skip: !opdId });
  const programs = lines.data?.node?.__typename === 'OrgUnit' ? lines.data.node.programs : [];
  const rows = programs.flatMap((p) => p.activities.flatMap((a) => a.subActivities));

  let list;
  if (scopes.error || lines.error) list = <Notice tone="error">{t('common.loadFailed')}</Notice>;
  else if (!scopes.data || (opdId && !lines.data)) list = <LoadingState />;
  else if (rows.length === 0)
    list = (
      <p className="text-ink-muted" data-testid="budget-lines-empty">
        {t('budgetRevision.empty')}
      </p>
    );
  else
    list = (
      <TableScroll label={t('budgetRevision.title')}>
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line text-ink-muted">
              <ColumnHeader>{t('budgetRevision.subActivity')}</ColumnHeader>
              <ColumnHeader numeric>{t('budgetRevision.paguMurni')}</ColumnHeader>
              <ColumnHeader numeric>{t('budgetRevision.paguPerubahan')}</ColumnHeader>
              <ColumnHeader last>{t('budgetRevision.action')}</ColumnHeader>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((line) => [
              <tr key={line.id} data-testid="budget-line" className="border-b border-line">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <span className="block text-xs text-ink-muted">{line.code}</span>
                  {line.name}
                </th>
                <td className="py-2 pr-3 text-right whitespace-nowrap">
                  {formatRupiah(line.paguMurni, locale)}
                </td>
                <td className="py-2 pr-3 text-right whitespace-nowrap">
                  {line.paguPerubahan ? (
                    <>
                      {formatRupiah(line.paguPerubahan, locale)}
                      <span className="block text-xs text-ink-muted">
                        {t('budgetRevision.from', {
                          date: formatDate(line.paguPerubahanBerlaku, { locale }),
                        })}
                      </span>
                    </>
                  ) : (
                    t('budgetRevision.notRevised')
                  )}
                </td>
                <td className="py-2">
                  <button
                    type="button"
                    className="rounded-lg border border-line px-3 py-1 font-medium hover:bg-surface"
                    aria-expanded={open === line.id}
                    onClick={() => setOpen(open === line.id ? '' : line.id)}
                  >
                    {t('budgetRevision.record')}
                  </button>
                </td>
              </tr>,
              open === line.id ? (
                <tr key={`${line.id}-form`}>
                  <td colSpan={4} className="py-3">
                    <BudgetRevisionForm
                      subActivityId={line.id}
                      year={year}
                      current={line}
                      onSaved={() => setOpen('')}
                    />
                  </td>
                </tr>
              ) : null,
            ])}
          </tbody>
        </table>
      </TableScroll>
    );

  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="budget-revision-page">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-bold">{t('budgetRevision.title')}</h2>
        <p className="text-ink-muted">{t('budgetRevision.intro')}</p>
      </header>
      <Card>
        <div className="grid gap-4 md:grid-cols-2">
          <LabelledSelect
            label={t('budgetRevision.opd')}
            options={opds}
            value={opdId}
            onChange={(event) => setChosen(event.target.value)}
          />
          <YearSelect label={t('budgetRevision.year')} years={YEARS} value={year} onChange={setYear} />
        </div>
      </Card>
      {list}
    </div>
  );
}
