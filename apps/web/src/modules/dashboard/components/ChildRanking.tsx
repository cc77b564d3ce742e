// The ranking of a node's children (units one level down, or kabupaten/kota) as a table sortable
// by name, score, rank and budget absorption; every row links one level down.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { BandLabel } from '../../../ui/BandLabel';
import { Card } from '../../../ui/Card';
import { TableScroll } from '../../../ui/TableScroll';
import { formatNumber } from '../../format/formatNumber';
import { formatPercent } from '../../format/formatPercent';
import type { ChildRow } from '../types/ChildRow';
import type { ChildSortKey, SortState } from '../types/SortState';
import { ExportButtons } from '../../transfer/components/ExportButtons';
import type { ExportTable } from '../../transfer/types/ExportTable';
import { drillPaths } from '../utils/drillPaths';
import { initialDirection, sortChildRows } from '../utils/sortChildRows';
import { DrillLink } from './DrillLink';

const COLUMNS: readonly { key: ChildSortKey; numeric: boolean }[] = [
  { key: 'rank', numeric: true },
  { key: 'name', numeric: false },
  { key: 'score', numeric: true },
  { key: 'absorption', numeric: true },
];

export function ChildRanking({ title, rows }: { title: string; rows: readonly ChildRow[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sort, setSort] = useState<SortState>({ key: 'rank', direction: 'asc' });
  const sorted = useMemo(() => sortChildRows(rows, sort), [rows, sort]);
  // The table as shown (same order), for Excel and CSV.
  const exported = useMemo<ExportTable>(
    () => ({
      title,
      columns: [
        { key: 'rank', header: t('drill.ranking.rank'), kind: 'number' },
        { key: 'name', header: t('drill.ranking.name'), kind: 'text' },
        { key: 'score', header: t('drill.ranking.score'), kind: 'number' },
        { key: 'absorption', header: t('drill.ranking.absorption'), kind: 'percent' },
        { key: 'band', header: t('drill.band'), kind: 'text' },
      ],
      rows: sorted.map((r) => ({ ...r, band: t(`band.${r.band}`) })),
    }),
    [sorted, t, title],
  );

  const choose = (key: ChildSortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: initialDirection(key) },
    );

  return (
    <Card title={title}>
      <TableScroll label={title}>
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm" data-testid="child-ranking">
          <caption className="sr-only">{t('drill.ranking.caption', { title })}</caption>
          <thead>
            <tr className="border-b border-line">
              {COLUMNS.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                    className={`py-1 pr-2 ${c.numeric ? 'text-right' : ''}`}
                  >
                    <button
                      type="button"
                      data-testid={`sort-${c.key}`}
                      onClick={() => choose(c.key)}
                      className="inline-flex min-h-11 items-center gap-1 rounded px-1 font-semibold text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
                    >
                      {t(`drill.ranking.${c.key}`)}
                      <span aria-hidden>{active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="py-1 font-semibold text-ink-muted">
                {t('drill.band')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr
                key={r.id}
                data-testid="child-row"
                data-node-id={r.id}
                data-score={r.score ?? ''}
                data-rank={r.rank}
                className="border-b border-line"
              >
                <td className="py-2 pr-3 text-right">{r.rank}</td>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <DrillLink
                    to={drillPaths.scope(r.id)}
                    className="rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
                  >
                    {r.name}
                  </DrillLink>
                </th>
                <td className="py-2 pr-3 text-right font-semibold">{formatNumber(r.score, 2, locale)}</td>
                <td className="py-2 pr-3 text-right">{formatPercent(r.absorption, 2, locale)}</td>
                <td className="py-2 whitespace-nowrap">
                  <BandLabel band={r.band} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="mt-2">
        <ExportButtons table={exported} />
      </div>
    </Card>
  );
}
