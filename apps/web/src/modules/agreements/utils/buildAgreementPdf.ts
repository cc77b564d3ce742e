// Draws the PK as an A4 PDF with jsPDF and jspdf-autotable in the customary layout, with a DRAFT
// watermark on every page while it is not signed by both parties. Only loadAgreementPdf imports
// this module, so the library is never part of a page's first load.
import { autoTable } from 'jspdf-autotable';
import { PDF_FONT as FONT, newPdfDocument } from '../../report/utils/newPdfDocument';
import type { AgreementPdfLayout } from '../types/AgreementPdfLayout';

const MARGIN = 18; // mm

export function buildAgreementPdf(
  layout: AgreementPdfLayout,
  font: Uint8Array,
  options: { compress?: boolean } = {},
): Uint8Array {
  const doc = newPdfDocument(layout.title, font, options);
  const width = doc.internal.pageSize.getWidth();
  const height = doc.internal.pageSize.getHeight();
  const center = width / 2;
  const text = width - 2 * MARGIN;

  let y = MARGIN;
  doc.setFontSize(13);
  for (const line of layout.kop) {
    doc.text(line, center, y, { align: 'center' });
    y += 6;
  }
  doc.setLineWidth(0.6);
  doc.line(MARGIN, y - 2, width - MARGIN, y - 2);
  y += 6;
  doc.setFontSize(14);
  doc.text(layout.title, center, y, { align: 'center' });
  doc.setFontSize(9);
  for (const line of layout.subtitle) {
    y += 5;
    doc.text(line, center, y, { align: 'center', maxWidth: text });
  }
  y += 8;
  doc.setFontSize(10);
  for (const party of layout.parties) {
    doc.text(`${party.label}:`, MARGIN, y);
    doc.text([party.name, party.nip, party.position].filter(Boolean), MARGIN + 32, y);
    y += 16;
  }
  const preamble = doc.splitTextToSize(layout.preamble, text) as string[];
  doc.text(preamble, MARGIN, y);
  y += preamble.length * 4.5 + 4;

  const common = {
    theme: 'grid' as const,
    margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN },
    styles: { font: FONT, fontStyle: 'normal' as const, fontSize: 8.5, cellPadding: 1.5 },
    headStyles: {
      font: FONT,
      fontStyle: 'normal' as const,
      fillColor: [30, 64, 120] as [number, number, number],
    },
  };
  const lastY = () => (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? y;
  doc.text(layout.targetsTitle, MARGIN, y);
  autoTable(doc, {
    ...common,
    startY: y + 2,
    head: [layout.targetsHead],
    body: layout.targets,
    columnStyles: { 0: { cellWidth: 9 }, 3: { halign: 'right', cellWidth: 32 } },
  });
  y = lastY() + 8;
  doc.text(layout.budgetTitle, MARGIN, y);
  autoTable(doc, {
    ...common,
    startY: y + 2,
    head: [layout.budgetHead],
    body: [...layout.budget, layout.budgetTotal],
    columnStyles: { 0: { cellWidth: 9 }, 2: { halign: 'right', cellWidth: 42 } },
  });
  y = lastY() + 8;
  doc.text(layout.a3Title, MARGIN, y);
  autoTable(doc, {
    ...common,
    startY: y + 2,
    body: layout.a3.map((a) => [a.label, a.text]),
    columnStyles: { 0: { cellWidth: 32 } },
  });
  y = lastY() + 10;
  if (y > height - MARGIN - 45) {
    doc.addPage();
    y = MARGIN;
  }
  const column = text / layout.signatures.length;
  layout.signatures.forEach((s, i) => {
    const x = MARGIN + column * i + column / 2;
    doc.text([s.label, s.position], x, y, { align: 'center', maxWidth: column - 6 });
    doc.setFontSize(8);
    doc.text(s.signed, x, y + 16, { align: 'center', maxWidth: column - 6 });
    doc.setFontSize(10);
    doc.text([s.name, s.nip].filter(Boolean), x, y + 30, { align: 'center', maxWidth: column - 6 });
  });

  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    if (layout.watermark) {
      doc.setTextColor(200, 200, 200);
      doc.setFontSize(96);
      doc.text(layout.watermark, center, height / 2, { align: 'center', angle: 45 });
      doc.setTextColor(0, 0, 0);
    }
    doc.setFontSize(7);
    doc.text(layout.hashLine, MARGIN, height - 10);
    doc.text(layout.generatedAt, MARGIN, height - 6);
    const label = layout.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages));
    doc.text(label, width - MARGIN, height - 6, { align: 'right' });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
