// "Cetak" (the browser's print dialog, styled by the page's print rules), "Unduh PDF" (built in the
// browser by a library loaded on the first click) and the table's Excel/CSV export.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { ExportButtons } from '../../transfer/components/ExportButtons';
import { downloadBlob } from '../../transfer/utils/downloadBlob';
import { fileNameFor } from '../../transfer/utils/fileNameFor';
import type { ReportData } from '../types/ReportData';
import { loadReportPdf } from '../utils/loadReportPdf';
import { reportExportTableOf } from '../utils/reportExportTableOf';
import { reportPdfLayoutOf } from '../utils/reportPdfLayoutOf';

function prefetchPdf() {
  // A failure here is reported by the click that needs the module.
  loadReportPdf().catch(() => undefined);
}

export function ReportActions({
  report,
  timeZone = DEFAULT_TIME_ZONE,
}: {
  report: ReportData;
  timeZone?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [building, setBuilding] = useState(false);
  const [failed, setFailed] = useState(false);
  const table = reportExportTableOf(report, t);

  async function downloadPdf() {
    if (building) return;
    setBuilding(true);
    setFailed(false);
    try {
      const now = new Date();
      const build = await loadReportPdf();
      const bytes = await build(reportPdfLayoutOf(report, t, { generatedAt: now, locale, timeZone }));
      const name = fileNameFor(table.title, now, 'csv', timeZone).replace(/\.csv$/, '.pdf');
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), name);
    } catch (error) {
      console.error(error);
      setFailed(true);
    } finally {
      setBuilding(false);
    }
  }

  return (
    <div className="flex flex-col items-end gap-2 print:hidden">
      <div className="flex flex-wrap justify-end gap-2">
        <Button tone="quiet" onClick={() => window.print()} data-testid="report-print">
          {t('report.print')}
        </Button>
        <Button
          aria-disabled={building}
          aria-busy={building}
          className="aria-disabled:opacity-50"
          onPointerEnter={prefetchPdf}
          onFocus={prefetchPdf}
          onClick={() => void downloadPdf()}
          data-testid="report-pdf"
        >
          {building ? t('report.buildingPdf') : t('report.downloadPdf')}
        </Button>
        <ExportButtons table={table} timeZone={timeZone} />
      </div>
      {failed ? (
        <p role="alert" className="text-sm text-danger" data-testid="report-pdf-error">
          {t('report.pdfFailed')}
        </p>
      ) : null}
    </div>
  );
}
