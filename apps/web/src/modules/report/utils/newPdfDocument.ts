// An A4 portrait jsPDF document with the app's font (DejaVu Sans Condensed, which covers
// Indonesian text and signs like ≥ and –) and its title, as every PDF of the app starts.
import { jsPDF } from 'jspdf';
import { base64Of } from './base64Of';

const FONT_FILE = 'DejaVuSansCondensed.ttf';
export const PDF_FONT = 'DejaVuSansCondensed';

/** `compress: false` keeps streams readable, for tests. */
export function newPdfDocument(title: string, font: Uint8Array, options: { compress?: boolean } = {}): jsPDF {
  const doc = new jsPDF({
    format: 'a4',
    unit: 'mm',
    orientation: 'portrait',
    compress: options.compress ?? true,
  });
  doc.addFileToVFS(FONT_FILE, base64Of(font));
  doc.addFont(FONT_FILE, PDF_FONT, 'normal');
  // One face for every style: jsPDF has no synthetic bold, and a second font file doubles the size.
  doc.addFont(FONT_FILE, PDF_FONT, 'bold');
  doc.setFont(PDF_FONT, 'normal');
  doc.setProperties({ title, creator: 'E-Kinerja BSC' });
  return doc;
}
