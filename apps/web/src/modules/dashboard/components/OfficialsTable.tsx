// The officials holding the unit's positions (JPT first), each linking to their page.
import { useTranslation } from 'react-i18next';
import type { Band, PositionLevel } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { BandLabel } from '../../../ui/BandLabel';
import { Card } from '../../../ui/Card';
import { TableScroll } from '../../../ui/TableScroll';
import { formatNumber } from '../../format/formatNumber';
import { drillPaths } from '../utils/drillPaths';
import { ColumnHeader } from '../../../ui/ColumnHeader';
import { DrillLink } from './DrillLink';

export interface OfficialSummary {
  id: string;
  name: string;
  nip: string;
  positionTitle?: string | null;
  level?: PositionLevel | null;
  score: { value?: number | null; band: Band };
}

export function OfficialsTable({ officials }: { officials: readonly OfficialSummary[] }) {
  const { t } = useTranslation();
  const title = t('drill.officials.title');
  return (
    <Card title={title}>
      {officials.length === 0 ? (
        <p className="text-ink-muted">{t('drill.officials.none')}</p>
      ) : (
        <OfficialsRows officials={officials} label={title} />
      )}
    </Card>
  );
}

function OfficialsRows({ officials, label }: { officials: readonly OfficialSummary[]; label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <TableScroll label={label}>
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className="border-b border-line text-ink-muted">
            <ColumnHeader>{t('drill.officials.name')}</ColumnHeader>
            <ColumnHeader>{t('drill.officials.position')}</ColumnHeader>
            <ColumnHeader numeric>{t('drill.score')}</ColumnHeader>
            <ColumnHeader last>{t('drill.band')}</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {officials.map((o) => (
            <tr
              key={o.id}
              data-testid="official-row"
              data-official-id={o.id}
              className="border-b border-line"
            >
              <th scope="row" className="py-2 pr-3 font-normal">
                <DrillLink
                  to={drillPaths.official(o.id)}
                  className="rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {o.name}
                </DrillLink>
                <span className="block text-xs text-ink-muted">
                  {t('drill.officials.nip', { nip: o.nip })}
                </span>
              </th>
              <td className="py-2 pr-3">
                {o.positionTitle ?? '—'}
                {o.level ? (
                  <span className="block text-xs text-ink-muted">{t(`positionLevel.${o.level}`)}</span>
                ) : null}
              </td>
              <td className="py-2 pr-3 text-right font-semibold">{formatNumber(o.score.value, 2, locale)}</td>
              <td className="py-2 whitespace-nowrap">
                <BandLabel band={o.score.band} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
