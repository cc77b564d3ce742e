import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { agreementPdfLayoutOf } from '../agreementPdfLayoutOf';
import { buildAgreementPdf } from '../buildAgreementPdf';
import { sampleVersion, t } from './fixtures';

const options = { generatedAt: new Date('2026-01-21T02:05:00Z'), locale: 'id-ID', timeZone: 'Asia/Makassar' };
const signatures = [
  {
    party: 'FIRST' as const,
    signerName: 'Kepala Dinas Kesehatan',
    signedAt: '2026-01-20T02:00:00.000Z',
    contentHash: 'a'.repeat(64),
  },
  {
    party: 'SECOND' as const,
    signerName: 'Gubernur NTB',
    signedAt: '2026-01-20T03:30:00.000Z',
    contentHash: 'a'.repeat(64),
  },
];

describe('agreementPdfLayoutOf', () => {
  it('lays out the kop, title, parties, targets and pagu in Rupiah as id-ID prints them', () => {
    const layout = agreementPdfLayoutOf(sampleVersion(), 2026, t, options);
    expect(layout.kop).toEqual(['PROVINSI NUSA TENGGARA BARAT', 'Dinas Kesehatan']);
    expect(layout.title).toBe('agreements.print.title{"year":2026}');
    expect(layout.parties.map((p) => [p.name, p.nip, p.position])).toEqual([
      ['dr. Lalu Ahmad, M.Kes', 'agreements.print.nip{"nip":"197001011995031001"}', 'Kepala Dinas Kesehatan'],
      ['Gubernur NTB', '', 'Gubernur Nusa Tenggara Barat'],
    ]);
    // The objective is printed once, on its first indicator; a STABILIZE target is its band.
    expect(layout.targets).toEqual([
      ['1', 'S1 Meningkatnya derajat kesehatan', 'Angka kematian ibu', '1.234,50 per 100.000'],
      ['2', '', 'Inflasi', '2 – 4 %'],
    ]);
    expect(layout.budget.map((r) => r[2]!.replace(/\s/g, ' '))).toEqual([
      'Rp 1.500.000.000',
      'Rp 250.000.000',
    ]);
    expect(layout.budgetTotal[2]!.replace(/\s/g, ' ')).toBe('Rp 1.750.000.000');
    expect(layout.a3.map((a) => a.text)).toEqual(['Berintegritas', 'Stunting', 'Evaluasi bulanan']);
  });

  it('watermarks an unsigned or half-signed PK as DRAFT and shows who has signed when', () => {
    const draft = agreementPdfLayoutOf(sampleVersion(), 2026, t, options);
    expect(draft.watermark).toBe('agreements.print.watermark');
    expect(draft.signatures.map((s) => s.isSigned)).toEqual([false, false]);
    const half = agreementPdfLayoutOf(
      sampleVersion({ status: 'SIGNED_FIRST', signatures: [signatures[0]!] }),
      2026,
      t,
      options,
    );
    expect(half.watermark).toBe('agreements.print.watermark');
    // Second party on the left, first party on the right, as the customary sheet has them.
    expect(half.signatures.map((s) => [s.label, s.isSigned])).toEqual([
      ['agreements.print.secondParty', false],
      ['agreements.print.firstParty', true],
    ]);
    expect(half.signatures[1]!.signed).toBe('agreements.print.signedAt{"when":"20 Jan 2026 10.00 WITA"}');
    const signed = agreementPdfLayoutOf(sampleVersion({ status: 'SIGNED', signatures }), 2026, t, options);
    expect(signed.watermark).toBeNull();
  });

  it('titles a PK Perubahan with its version and reason', () => {
    const layout = agreementPdfLayoutOf(
      sampleVersion({ version: 2, reason: 'Refocusing anggaran' }),
      2026,
      t,
      options,
    );
    expect(layout.title).toBe('agreements.print.titleAmended{"year":2026}');
    expect(layout.subtitle).toEqual([
      'agreements.print.version{"version":2}',
      'agreements.print.reason{"reason":"Refocusing anggaran"}',
    ]);
  });
});

const font = new Uint8Array(
  readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf')),
);

describe('buildAgreementPdf', () => {
  it('builds a PDF whose every page of a draft carries the watermark', () => {
    const pdfOf = (status: 'DRAFT' | 'SIGNED') => {
      const layout = agreementPdfLayoutOf(
        sampleVersion({ status, signatures: status === 'SIGNED' ? signatures : [] }),
        2026,
        t,
        options,
      );
      return new TextDecoder('latin1').decode(buildAgreementPdf(layout, font, { compress: false }));
    };
    const draft = pdfOf('DRAFT');
    const signed = pdfOf('SIGNED');
    expect(draft.startsWith('%PDF-')).toBe(true);
    expect(draft).toContain('agreements.print.title');
    // The watermark is the one text drawn in light grey (0.784 = 200/255).
    expect(draft).toMatch(/\b0\.784 g\b/);
    expect(signed).not.toMatch(/\b0\.784 g\b/);
  });
});
