import { describe, expect, it } from 'vitest';
import { openIssuesOf } from '../openIssuesOf';
import { reportCellsOf } from '../reportCellsOf';
import { reportExportTableOf } from '../reportExportTableOf';
import { reportPdfLayoutOf } from '../reportPdfLayoutOf';
import { reportSectionsOf } from '../reportSectionsOf';
import { sampleReport, scorecard, t } from './fixtures';

describe('reportSectionsOf', () => {
  it('groups objectives by perspective with their indicators year-to-date', () => {
    const sections = reportSectionsOf(scorecard);
    expect(sections.map((s) => s.perspective)).toEqual(['STAKEHOLDER', 'CUSTOMER']);
    expect(sections[0]!.objectives[0]!.rows.map((r) => [r.code, r.raw, r.capped])).toEqual([
      ['IKU-1.1', 90, 90],
      ['IKU-1.2', 130, 120],
    ]);
    expect(reportSectionsOf(null)).toEqual([]);
  });
});

describe('reportCellsOf', () => {
  const [first, second] = reportSectionsOf(scorecard)[0]!.objectives[0]!.rows;
  const band = reportSectionsOf(scorecard)[1]!.objectives[0]!.rows[0]!;
  it('formats figures id-ID and shows the capped achievement only when it differs', () => {
    expect(reportCellsOf(first!)).toEqual({
      target: '80,00',
      realisation: '72,00',
      achievement: '90,00%',
      capped: null,
    });
    expect(reportCellsOf(second!).capped).toBe('120,00%');
    expect(reportCellsOf(band)).toEqual({
      target: '2,00–8,00',
      realisation: '—',
      achievement: '—',
      capped: null,
    });
  });
});

describe('openIssuesOf', () => {
  const issue = sampleReport().issues[0]!;
  it('keeps unresolved issues raised by the quarter end (WITA)', () => {
    const issues = [
      issue,
      { ...issue, id: 'resolved', status: 'RESOLVED' as const },
      { ...issue, id: 'later', createdAt: '2026-10-05T00:00:00Z' },
      // 30 Sep 23:30 UTC is 1 Oct 07:30 WITA: the fourth quarter's.
      { ...issue, id: 'edge', createdAt: '2026-09-30T23:30:00Z' },
      { ...issue, id: 'progress', status: 'IN_PROGRESS' as const, createdAt: '2026-09-30T15:00:00Z' },
    ];
    expect(openIssuesOf(issues, { year: 2026, quarter: 3 }).map((i) => i.id)).toEqual(['is1', 'progress']);
  });
});

describe('reportPdfLayoutOf', () => {
  it('puts a heading row per perspective and objective before the indicator rows', () => {
    const layout = reportPdfLayoutOf(sampleReport(), t, { generatedAt: new Date('2026-11-29T02:05:00Z') });
    expect(layout.body.map((r) => (r.kind === 'section' ? r.text : r.cells[0]))).toEqual([
      'perspective.STAKEHOLDER',
      'SS-1 · Meningkatnya derajat kesehatan',
      'IKU-1.1',
      'IKU-1.2',
      'perspective.CUSTOMER',
      'SS-2 · Pelayanan yang cepat',
      'IKU-2.1',
    ]);
    const row = layout.body[3]!;
    expect(row.kind === 'row' && row.cells[5]).toContain('130,00%');
    expect(layout.head).toHaveLength(layout.columnWidths.length);
    expect(layout.generatedAt).toContain('29 Nov 2026 10.05 WITA');
    expect(layout.headerLines[0]).toBe('Dinas Kesehatan');
    expect(layout.headerLines[2]).toContain('93,46');
    expect(layout.issues.rows).toEqual([
      ['Data puskesmas terlambat', 'issueSeverity.HIGH', 'issueStatus.OPEN'],
    ]);
  });

  it('lists each indicator below target with its written analysis, as typed', () => {
    const layout = reportPdfLayoutOf(sampleReport(), t, { generatedAt: new Date('2026-11-29T02:05:00Z') });
    // IKU-1.1 is yellow with an analysis; the green one and the one with no data are left out.
    expect(layout.analyses.rows).toEqual([
      [
        'IKU-1.1 · Angka harapan hidup (band.YELLOW)',
        '<b>Posyandu</b> tidak aktif di 3 desa',
        '—',
        'Revitalisasi posyandu',
        '15 Des 2026',
      ],
    ]);
    const red = sampleReport();
    red.sections[0]!.objectives[0]!.rows[0]!.analysis = null;
    expect(reportPdfLayoutOf(red, t, { generatedAt: new Date() }).analyses.rows[0]![1]).toBe(
      'analysis.missing',
    );
  });
});

describe('reportExportTableOf', () => {
  it('exports one row per indicator with numbers, not text', () => {
    const table = reportExportTableOf(sampleReport(), t);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[1]).toMatchObject({ code: 'IKU-1.2', raw: 130, capped: 120, target: 50 });
    expect(table.rows[2]).toMatchObject({ targetLow: 2, targetHigh: 8, raw: null });
  });
});
