// The sub-kegiatan of the report's unit: pagu murni and, when revised, pagu perubahan with its
// date, then the realised spend and serapan at the quarter's end (the same table as the PDF's).
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import type { ReportBudgetLine } from '../types/ReportBudgetLine';
import { reportBudgetTableOf } from '../utils/reportBudgetTableOf';

export function ReportBudget({ lines }: { lines: readonly ReportBudgetLine[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const table = reportBudgetTableOf(lines, t, locale);
  if (table.rows.length === 0) return <p className="text-ink-muted print:text-black">{table.none}</p>;
  return (
    <table className="w-full border-collapse text-sm print:text-[9pt]" data-testid="report-budget">
      <thead>
        <tr className="border-b border-line text-left">
          {table.head.map((h, k) => (
            <th key={h} scope="col" className={`px-2 py-2 font-semibold ${k > 0 ? 'text-right' : ''}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr
            key={row[0]}
            className="break-inside-avoid border-b border-line"
            data-testid="report-budget-line"
          >
            {row.map((cell, k) => (
              <td
                key={k}
                className={`px-2 py-1.5 whitespace-pre-line ${k > 0 ? 'text-right tabular-nums' : 'break-words'}`}
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
