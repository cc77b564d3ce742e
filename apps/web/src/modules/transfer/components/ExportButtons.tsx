// "Unduh Excel" and "Unduh CSV" for any table: the file is built in the browser when asked for.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import type { ExportTable } from '../types/ExportTable';
import { downloadBlob } from '../utils/downloadBlob';
import { fileNameFor } from '../utils/fileNameFor';
import { loadExcelJs } from '../utils/loadExcelJs';
import { toCsv } from '../utils/toCsv';
import { toXlsx } from '../utils/toXlsx';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

type Format = 'xlsx' | 'csv';

async function buildFile(table: ExportTable, format: Format, timeZone: string): Promise<Blob> {
  if (format === 'xlsx') return toXlsx(table, { timeZone });
  return new Blob([toCsv(table, { timeZone })], { type: 'text/csv;charset=utf-8' });
}

/** Starts fetching exceljs when the pointer or focus reaches the Excel button, ahead of the click. */
function prefetchExcelJs() {
  // A failure here is reported by the click that needs the module.
  loadExcelJs().catch(() => undefined);
}

export function ExportButtons({ table, timeZone: givenZone }: { table: ExportTable; timeZone?: string }) {
  const { t } = useTranslation();
  // Times in the file are on the viewer's tenant clock unless the page knows a better one.
  const viewerZone = useTimeZone();
  const timeZone = givenZone ?? viewerZone;
  const [building, setBuilding] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);

  async function download(format: Format) {
    if (building) return;
    setBuilding(format);
    setFailed(false);
    try {
      const blob = await buildFile(table, format, timeZone);
      downloadBlob(blob, fileNameFor(table.title, new Date(), format, timeZone));
    } catch (error) {
      console.error(error);
      setFailed(true);
    } finally {
      setBuilding(null);
    }
  }

  // The visible label says the format; the hidden title says which table, for screen readers.
  const what = <span className="sr-only"> {table.title}</span>;
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap gap-2">
        <Button
          tone="quiet"
          // Not `disabled`: that would drop keyboard focus while the file is built.
          aria-disabled={building !== null}
          aria-busy={building === 'xlsx'}
          className="aria-disabled:opacity-50"
          onPointerEnter={prefetchExcelJs}
          onFocus={prefetchExcelJs}
          onClick={() => void download('xlsx')}
          data-testid="export-xlsx"
        >
          {building === 'xlsx' ? t('transfer.building') : t('transfer.downloadXlsx')}
          {what}
        </Button>
        <Button
          tone="quiet"
          aria-disabled={building !== null}
          aria-busy={building === 'csv'}
          className="aria-disabled:opacity-50"
          onClick={() => void download('csv')}
          data-testid="export-csv"
        >
          {building === 'csv' ? t('transfer.building') : t('transfer.downloadCsv')}
          {what}
        </Button>
      </div>
      {failed && (
        <p role="alert" className="text-sm text-danger" data-testid="export-error">
          {t('transfer.failed')}
        </p>
      )}
    </div>
  );
}
