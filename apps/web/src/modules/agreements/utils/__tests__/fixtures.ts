// A PK version as the API sends it, and a translator that shows keys with their parameters.
import type { AgreementVersionData } from '../../types/AgreementVersionData';

export const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key}${JSON.stringify(options)}` : key;

export function sampleVersion(overrides: Partial<AgreementVersionData> = {}): AgreementVersionData {
  return {
    id: 'AgreementVersion:1',
    version: 1,
    reason: null,
    status: 'DRAFT',
    attitude: 'Berintegritas',
    attention: 'Stunting',
    action: 'Evaluasi bulanan',
    contentHash: 'a'.repeat(64),
    createdAt: '2026-01-20T02:00:00.000Z',
    createdBy: 'Kepala Dinas Kesehatan',
    tenantName: 'Provinsi Nusa Tenggara Barat',
    unitName: 'Dinas Kesehatan',
    firstParty: {
      officialId: 'Official:1',
      name: 'dr. Lalu Ahmad, M.Kes',
      nip: '197001011995031001',
      position: 'Kepala Dinas Kesehatan',
    },
    secondParty: {
      officialId: null,
      name: 'Gubernur NTB',
      nip: null,
      position: 'Gubernur Nusa Tenggara Barat',
    },
    targets: [
      {
        indicatorId: 'Indicator:1',
        objectiveCode: 'S1',
        objectiveName: 'Meningkatnya derajat kesehatan',
        code: 'IK1',
        name: 'Angka kematian ibu',
        unit: 'per 100.000',
        polarity: 'MINIMIZE',
        target: 1234.5,
        low: null,
        high: null,
      },
      {
        indicatorId: 'Indicator:2',
        objectiveCode: 'S1',
        objectiveName: 'Meningkatnya derajat kesehatan',
        code: 'IK2',
        name: 'Inflasi',
        unit: '%',
        polarity: 'STABILIZE',
        target: null,
        low: 2,
        high: 4,
      },
    ],
    budget: [
      {
        kind: 'PROGRAM',
        code: '1.02.02',
        name: 'Program Pemenuhan Upaya Kesehatan',
        pagu: '1500000000',
      },
      {
        kind: 'PROGRAM',
        code: '1.02.03',
        name: 'Program SDM Kesehatan',
        pagu: '250000000',
      },
    ],
    signatures: [],
    ...overrides,
  };
}
