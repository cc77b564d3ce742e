// `/board` (the viewer's top scope) and `/board/:scopeId`: who has not reported ("belum melapor")
// in a month — per OPD (and kabupaten/kota for the province) the indicators due and where their
// values stand, the people responsible, complete rows in green; downloadable as XLSX or CSV.
// It follows the scope's live changes, so a row turns complete without a reload.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLocale } from '../../../i18n/useLocale';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { TableScroll } from '../../../ui/TableScroll';
import { useMe } from '../../auth/hooks/useMe';
import { primaryScope } from '../../auth/utils/primaryScope';
import { DashboardPeriodPicker } from '../../dashboard/components/DashboardPeriodPicker';
import { useDashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import { useScopeLiveRefresh } from '../../dashboard/hooks/useScopeLiveRefresh';
import { formatMonth } from '../../format/formatMonth';
import { ExportButtons } from '../../transfer/components/ExportButtons';
import { ReportingBoardDocument } from '../graphql/reportingBoardQuery.generated';
import { BOARD_COUNTS, boardTableOf } from '../utils/boardTableOf';

const COLUMNS = ['unit', ...BOARD_COUNTS, 'status', 'operators', 'unitHeads'] as const;

export function ReportingBoardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useMe();
  const params = useParams();
  const scopeId = params.scopeId ?? primaryScope(me?.roles ?? [])?.scope.id ?? null;
  const { year, month } = useDashboardPeriod();
  const { data, error, refetch } = useQuery(ReportingBoardDocument, {
    variables: { scopeId: scopeId ?? '', year, month },
    skip: !scopeId,
  });
  useScopeLiveRefresh(scopeId, year, month, refetch);

  if (!scopeId) return <Notice tone="info">{t('dashboard.noScope')}</Notice>;
  const rows = data?.reportingBoard.rows ?? [];
  const period = `${formatMonth(month, locale)} ${year}`;
  const title = t('board.title', { period });
  const complete = rows.filter((r) => r.complete).length;
  const number = (n: number) => n.toLocaleString(locale);

  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{title}</h2>
      <p className="text-ink-muted">{t('board.explain')}</p>
      <DashboardPeriodPicker />
      {error && !data ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
      {!error && !data ? <LoadingState /> : null}
      {data ? (
        <>
          <p data-testid="board-summary">
            {t('board.summary', { complete: number(complete), total: number(rows.length) })}
          </p>
          <TableScroll label={title}>
            <table className="w-full border-collapse text-sm" data-testid="board-table">
              <thead>
                <tr className="border-b border-line text-left">
                  {COLUMNS.map((key) => (
                    <th
                      key={key}
                      scope="col"
                      className={`p-2 ${(BOARD_COUNTS as readonly string[]).includes(key) ? 'text-right' : ''}`}
                    >
                      {t(`board.columns.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.scope.id}
                    data-testid="board-row"
                    data-complete={row.complete}
                    className={`border-b border-line ${row.complete ? 'bg-band-green/15' : ''}`}
                  >
                    <th scope="row" className="p-2 text-left font-medium">
                      {row.scope.name}
                    </th>
                    {BOARD_COUNTS.map((key) => (
                      <td
                        key={key}
                        className={`p-2 text-right tabular-nums ${key === 'late' && row.late > 0 ? 'font-semibold text-band-red' : ''}`}
                      >
                        {number(row[key])}
                      </td>
                    ))}
                    <td className="p-2">
                      {row.complete ? (
                        <span className="font-semibold text-band-green">{t('board.complete')}</span>
                      ) : (
                        t('board.incomplete')
                      )}
                    </td>
                    <td className="p-2">{row.operators.join(', ')}</td>
                    <td className="p-2">{row.unitHeads.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {rows.length === 0 ? <p className="text-ink-muted">{t('board.empty')}</p> : null}
          <ExportButtons table={boardTableOf(rows, title, t)} />
        </>
      ) : null}
    </div>
  );
}
