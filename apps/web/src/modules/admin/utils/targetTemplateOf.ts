// A scorecard's indicators as a targets sheet to fill in and import: one row per indicator and
// month, with the targets set so far.
import { TEMPLATE_IDENTITY_COLUMNS } from '../../imports/utils/templateColumns';
import type { ExportTable } from '../../transfer/types/ExportTable';

interface IndicatorWithMonths {
  id: string;
  code: string;
  name: string;
  unit: string;
  months: readonly { month: number; target?: number | null; low?: number | null; high?: number | null }[];
}

export function targetTemplateOf(
  objectives: readonly { indicators: readonly IndicatorWithMonths[] }[],
  year: number,
  title: string,
): ExportTable {
  return {
    title,
    columns: [
      ...TEMPLATE_IDENTITY_COLUMNS,
      { key: 'target', header: 'Target', kind: 'number' },
      { key: 'low', header: 'Batas bawah', kind: 'number' },
      { key: 'high', header: 'Batas atas', kind: 'number' },
    ],
    rows: objectives.flatMap((o) =>
      o.indicators.flatMap((i) =>
        Array.from({ length: 12 }, (_, k) => {
          const m = i.months.find((x) => x.month === k + 1);
          return {
            id: i.id,
            code: i.code,
            name: i.name,
            unit: i.unit,
            year,
            month: k + 1,
            target: m?.target ?? null,
            low: m?.low ?? null,
            high: m?.high ?? null,
          };
        }),
      ),
    ),
  };
}
