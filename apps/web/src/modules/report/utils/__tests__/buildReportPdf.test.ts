import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildReportPdf } from '../buildReportPdf';
import { reportPdfLayoutOf } from '../reportPdfLayoutOf';
import { sampleReport, t } from './fixtures';

const font = new Uint8Array(
  readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf')),
);

function pdfOf(rows: number): string {
  const layout = reportPdfLayoutOf(sampleReport(rows), t, { generatedAt: new Date('2026-11-29T02:05:00Z') });
  const bytes = buildReportPdf(layout, font, { compress: false });
  return new TextDecoder('latin1').decode(bytes);
}

const pagesOf = (pdf: string) => (pdf.match(/\/Type \/Page\b/g) ?? []).length;

describe('buildReportPdf', () => {
  it('builds a one-page PDF for a short report', () => {
    const pdf = pdfOf(0);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pagesOf(pdf)).toBe(1);
    expect(pdf).toContain('/FontFile2');
    // The embedded font writes glyph ids, not text; the title travels as metadata.
    expect(pdf).toContain('report.title');
  });

  it('breaks a long table over several pages', () => {
    const pdf = pdfOf(120);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pagesOf(pdf)).toBeGreaterThanOrEqual(3);
    expect(pagesOf(pdf)).toBeLessThanOrEqual(6);
  });
});
