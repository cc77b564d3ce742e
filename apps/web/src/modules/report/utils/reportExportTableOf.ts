// The report's indicator table for "Unduh Excel" / "Unduh CSV": one row per indicator with its
// perspective and objective, figures as numbers (not formatted text) so a spreadsheet can sum them.
import type { ExportTable } from '../../transfer/types/ExportTable';
import type { ReportData, Translate } from '../types/ReportData';
import { romanQuarter } from './quarterEndMonth';

export function reportExportTableOf(report: ReportData, t: Translate): ExportTable {
  const { year, quarter } = report.period;
  const col = (key: string) => t(`report.columns.${key}`);
  return {
    title: `${t('report.title', { quarter: romanQuarter(quarter), year })} ${report.unitName}`,
    columns: [
      { key: 'perspective', header: col('perspective'), kind: 'text' },
      { key: 'objective', header: col('objective'), kind: 'text' },
      { key: 'code', header: col('code'), kind: 'text' },
      { key: 'name', header: col('name'), kind: 'text' },
      { key: 'unit', header: col('unit'), kind: 'text' },
      { key: 'target', header: col('target'), kind: 'number' },
      { key: 'targetLow', header: col('targetLow'), kind: 'number' },
      { key: 'targetHigh', header: col('targetHigh'), kind: 'number' },
      { key: 'realisation', header: col('realisation'), kind: 'number' },
      { key: 'raw', header: col('achievement'), kind: 'percent' },
      { key: 'capped', header: col('achievementCapped'), kind: 'percent' },
      { key: 'predikat', header: col('predikat'), kind: 'text' },
    ],
    rows: report.sections.flatMap((s) =>
      s.objectives.flatMap((o) =>
        o.rows.map((r) => ({
          perspective: t(`perspective.${s.perspective}`),
          objective: `${o.code} · ${o.name}`,
          code: r.code,
          name: r.name,
          unit: r.unit,
          target: r.target,
          targetLow: r.targetLow,
          targetHigh: r.targetHigh,
          realisation: r.realisation,
          raw: r.raw,
          capped: r.capped,
          predikat: t(`predikat.${r.predikat}`),
        })),
      ),
    ),
  };
}
