// A small report (two perspectives, three indicators, one open issue) and a stand-in `t`.
import type { ReportScorecardPartsFragment } from '../../graphql/reportScorecardQuery.generated';
import type { ReportData, Translate } from '../../types/ReportData';
import { reportSectionsOf } from '../reportSectionsOf';

export const t: Translate = (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key);

const ytd = {
  raw: 90,
  capped: 90,
  band: 'YELLOW' as const,
  predikat: 'SANGAT_BAIK' as const,
  realisation: 72,
  target: 80,
  targetLow: null,
  targetHigh: null,
};

export const scorecard: ReportScorecardPartsFragment = {
  id: 'sc1',
  name: 'Renstra Dinas Kesehatan',
  objectives: [
    {
      id: 'o1',
      code: 'SS-1',
      name: 'Meningkatnya derajat kesehatan',
      perspective: 'STAKEHOLDER',
      indicators: [
        {
          id: 'i1',
          code: 'IKU-1.1',
          name: 'Angka harapan hidup',
          unit: 'tahun',
          polarity: 'MAXIMIZE',
          weight: 2,
          yearToDate: ytd,
          analysis: {
            obstacles: '<b>Posyandu</b> tidak aktif di 3 desa',
            supportingFactors: null,
            followUpPlan: 'Revitalisasi posyandu',
            followUpDue: '2026-12-15',
          },
        },
        {
          id: 'i2',
          code: 'IKU-1.2',
          name: 'Cakupan imunisasi',
          unit: '%',
          polarity: 'MAXIMIZE',
          weight: 1,
          yearToDate: { ...ytd, raw: 130, capped: 120, band: 'GREEN', realisation: 65, target: 50 },
          analysis: null,
        },
      ],
    },
    {
      id: 'o2',
      code: 'SS-2',
      name: 'Pelayanan yang cepat',
      perspective: 'CUSTOMER',
      indicators: [
        {
          id: 'i3',
          code: 'IKU-2.1',
          name: 'Suhu penyimpanan vaksin',
          unit: '°C',
          polarity: 'STABILIZE',
          weight: 1,
          yearToDate: {
            ...ytd,
            raw: null,
            capped: null,
            band: 'NO_DATA',
            predikat: 'NO_DATA',
            realisation: null,
            target: null,
            targetLow: 2,
            targetHigh: 8,
          },
          analysis: null,
        },
      ],
    },
  ],
};

export function sampleReport(rows = 0): ReportData {
  const sections = reportSectionsOf(scorecard);
  // Extra (green) rows stretch the table over several pages for the PDF test.
  for (let i = 0; i < rows; i++) {
    sections[0]!.objectives[0]!.rows.push({
      ...sections[0]!.objectives[0]!.rows[0]!,
      band: 'GREEN',
      analysis: null,
      id: `x${i}`,
      code: `IKU-X.${i}`,
    });
  }
  return {
    unitName: 'Dinas Kesehatan',
    period: { year: 2026, quarter: 3 },
    score: { value: 93.456, band: 'YELLOW', predikat: 'SANGAT_BAIK' },
    sections,
    budget: [
      {
        code: '1.02.02.2.01.0001',
        name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
        paguMurni: '1200000000',
        paguPerubahan: '1500000000',
        paguPerubahanBerlaku: '2026-08-20',
        budget: { pagu: '1500000000', realisedSpend: '900000000', absorption: 60 },
      },
    ],
    issues: [
      {
        id: 'is1',
        title: 'Data puskesmas terlambat',
        severity: 'HIGH',
        status: 'OPEN',
        createdAt: '2026-08-02T01:00:00Z',
        resolvedAt: null,
        indicatorId: 'i1',
      },
    ],
  };
}
