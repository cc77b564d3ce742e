// Draws the quarterly report as an A4 PDF with jsPDF and jspdf-autotable; the font (DejaVu Sans
// Condensed, which covers Indonesian text and signs like ≥ and –) is passed in as TrueType bytes.
// Only loadReportPdf imports this module, so the library is never part of a page's first load.
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { ReportPdfLayout } from '../types/ReportPdfLayout';
import { PDF_FONT as FONT, newPdfDocument } from './newPdfDocument';

const MARGIN = 14; // mm
const FOOTER_GAP = 7; // mm from the page's bottom edge

/** The PDF's bytes (starting `%PDF-`). `compress: false` keeps streams readable, for tests. */
export function buildReportPdf(
  layout: ReportPdfLayout,
  font: Uint8Array,
  options: { compress?: boolean } = {},
): Uint8Array {
  const doc = newPdfDocument(layout.title, font, options);

  const width = doc.internal.pageSize.getWidth();
  let y = MARGIN + 2;
  doc.setFontSize(14);
  doc.text(layout.title, MARGIN, y);
  doc.setFontSize(10);
  for (const line of layout.headerLines) {
    y += 5.5;
    doc.text(line, MARGIN, y);
  }

  const tableWidth = width - 2 * MARGIN;
  const widthSum = layout.columnWidths.reduce((a, b) => a + b, 0) || 1;
  const columnStyles = Object.fromEntries(
    layout.columnWidths.map((w, i) => [
      i,
      {
        cellWidth: (w / widthSum) * tableWidth,
        halign: layout.numericColumns.includes(i) ? ('right' as const) : ('left' as const),
      },
    ]),
  );
  const body: RowInput[] = layout.body.map((row) =>
    row.kind === 'section'
      ? [
          {
            content: row.text,
            colSpan: layout.head.length,
            styles: { fillColor: [235, 238, 243] as [number, number, number], fontStyle: 'bold' as const },
          },
        ]
      : row.cells,
  );
  const common = {
    theme: 'grid' as const,
    margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + 4 },
    styles: {
      font: FONT,
      fontStyle: 'normal' as const,
      fontSize: 8,
      cellPadding: 1.5,
      overflow: 'linebreak' as const,
    },
    headStyles: {
      font: FONT,
      fontStyle: 'normal' as const,
      fillColor: [30, 64, 120] as [number, number, number],
      textColor: 255,
    },
  };
  autoTable(doc, { ...common, startY: y + 5, head: [layout.head], body, columnStyles });

  const pageHeight = doc.internal.pageSize.getHeight();
  /** A titled table under the last one: the budget, the written analyses, then the open issues. */
  const titledTable = (table: ReportPdfLayout['analyses'], firstColumnShare: number) => {
    const lastY = (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? y;
    let tableY = lastY + 10;
    // Keeps the heading with at least a few of its rows.
    if (tableY > pageHeight - MARGIN - 30) {
      doc.addPage();
      tableY = MARGIN + 2;
    }
    doc.setFontSize(12);
    doc.text(table.title, MARGIN, tableY);
    autoTable(doc, {
      ...common,
      startY: tableY + 3,
      head: [table.head],
      body: table.rows.length ? table.rows : [[{ content: table.none, colSpan: table.head.length }]],
      columnStyles: { 0: { cellWidth: tableWidth * firstColumnShare } },
    });
  };
  titledTable(layout.budget, 0.4);
  titledTable(layout.analyses, 0.25);
  titledTable(layout.issues, 0.6);

  const pages = doc.getNumberOfPages();
  doc.setFontSize(8);
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.text(layout.generatedAt, MARGIN, pageHeight - FOOTER_GAP);
    const label = layout.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages));
    doc.text(label, width - MARGIN, pageHeight - FOOTER_GAP, { align: 'right' });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
