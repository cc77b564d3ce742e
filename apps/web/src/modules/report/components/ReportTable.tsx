// The report's indicator table: a heading row per perspective and objective, then its indicators
// with year-to-date target, realisation, achievement (raw, and capped when different) and predikat.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import type { ReportSection } from '../types/ReportRow';
import { reportCellsOf } from '../utils/reportCellsOf';
import { REPORT_COLUMNS } from '../utils/reportPdfLayoutOf';

const NUMERIC = new Set<string>(['target', 'realisation', 'achievement']);

export function ReportTable({ sections }: { sections: ReportSection[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div
      role="region"
      aria-label={t('report.tableLabel')}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg focus-visible:outline-2 focus-visible:outline-accent print:overflow-visible"
    >
      <table className="w-full border-collapse text-sm print:text-[9pt]" data-testid="report-table">
        <thead>
          <tr className="border-b border-line text-left">
            {REPORT_COLUMNS.map((c) => (
              <th
                key={c}
                scope="col"
                className={`px-2 py-2 font-semibold ${NUMERIC.has(c) ? 'text-right' : ''}`}
              >
                {t(`report.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sections.map((section) => (
            <Fragment key={section.perspective}>
              <tr className="break-after-avoid bg-surface print:bg-gray-100">
                <th
                  scope="colgroup"
                  colSpan={REPORT_COLUMNS.length}
                  className="px-2 py-2 text-left font-semibold"
                >
                  {t(`perspective.${section.perspective}`)}
                </th>
              </tr>
              {section.objectives.map((objective) => (
                <Fragment key={objective.id}>
                  <tr className="break-after-avoid">
                    <th
                      scope="colgroup"
                      colSpan={REPORT_COLUMNS.length}
                      className="px-2 pt-3 pb-1 text-left font-medium text-ink-muted print:text-black"
                    >
                      {objective.code} · {objective.name}
                    </th>
                  </tr>
                  {objective.rows.map((row) => {
                    const cells = reportCellsOf(row, locale);
                    return (
                      <tr
                        key={row.id}
                        className="break-inside-avoid border-b border-line align-top"
                        data-testid="report-row"
                        data-indicator-id={row.id}
                        data-raw={row.raw ?? ''}
                        data-capped={row.capped ?? ''}
                      >
                        <td className="px-2 py-1.5 whitespace-nowrap">{row.code}</td>
                        <td className="px-2 py-1.5">{row.name}</td>
                        <td className="px-2 py-1.5">{row.unit}</td>
                        <td className="px-2 py-1.5 text-right tabular-nums whitespace-nowrap">
                          {cells.target}
                        </td>
                        <td className="px-2 py-1.5 text-right tabular-nums whitespace-nowrap">
                          {cells.realisation}
                        </td>
                        <td
                          className="px-2 py-1.5 text-right tabular-nums whitespace-nowrap"
                          data-testid="report-achievement"
                        >
                          {cells.achievement}
                          {cells.capped ? (
                            <span className="block text-xs text-ink-muted print:text-black">
                              {t('report.capped', { value: cells.capped })}
                            </span>
                          ) : null}
                        </td>
                        <td className="px-2 py-1.5" data-predikat={row.predikat}>
                          {t(`predikat.${row.predikat}`)}
                        </td>
                      </tr>
                    );
                  })}
                </Fragment>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
