// SKP (Sasaran Kinerja Pegawai, PermenPANRB 6/2022): an employee's predikat from the two ratings,
// and how a unit's predikat distribution compares with the regulation's distribution curve.
//
// Against the regulation's annex (lampiran, "predikat kinerja pegawai" and "kurva distribusi"):
// - The matrix below is the annex's. The annex names the KURANG cell "Kurang/Misconduct": a
//   behaviour finding may put an employee there whatever the results; that judgement is the
//   supervisor's and is not derived here (KURANG is stored, the label is the UI's).
// - The annex calls the organisation's middle result "Butuh Perbaikan/Cukup" and its best
//   "Istimewa"; the curve below takes those five organisation predikat.
// - The curve is guidance for the supervisor and the unit's head, never a rule that refuses a rating.
import { ScoringInputError } from './errors';
import { requireNonNegative } from './validation';

export type SkpRating = 'ABOVE' | 'MEETS' | 'BELOW';
export type SkpPredicate = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
export type OrganisationPredicate = 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

export const SKP_RATINGS: readonly SkpRating[] = ['ABOVE', 'MEETS', 'BELOW'];
export const SKP_PREDICATES: readonly SkpPredicate[] = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];
const ORGANISATION_PREDICATES: readonly OrganisationPredicate[] = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];

function requireRating(value: unknown, field: 'hasilKerja' | 'perilakuKerja'): SkpRating {
  if (!SKP_RATINGS.includes(value as SkpRating)) {
    throw new ScoringInputError(field, 'skpRating', { value: String(value) });
  }
  return value as SkpRating;
}

/** Rows: rating of hasil kerja (results); columns: rating of perilaku kerja (behaviour). */
const MATRIX: Record<SkpRating, Record<SkpRating, SkpPredicate>> = {
  ABOVE: { ABOVE: 'SANGAT_BAIK', MEETS: 'BAIK', BELOW: 'BUTUH_PERBAIKAN' },
  MEETS: { ABOVE: 'BAIK', MEETS: 'BAIK', BELOW: 'BUTUH_PERBAIKAN' },
  BELOW: { ABOVE: 'KURANG', MEETS: 'KURANG', BELOW: 'SANGAT_KURANG' },
};

/** The employee's predikat from the supervisor's two ratings (annex matrix). */
export function skpPredicate(hasilKerja: SkpRating, perilakuKerja: SkpRating): SkpPredicate {
  return MATRIX[requireRating(hasilKerja, 'hasilKerja')][requireRating(perilakuKerja, 'perilakuKerja')];
}

/** One line of the curve: the share of employees whose predikat is in `predicates`. */
export interface DistributionRule {
  predicates: readonly SkpPredicate[];
  /** `max`: at most `percent` of employees; `min`: at least; `none`: nobody. */
  kind: 'max' | 'min' | 'none';
  percent: number;
}

export interface DistributionFinding extends DistributionRule {
  /** Share of the rated employees, in percent. */
  actualPercent: number;
  met: boolean;
}

const CURVE: Record<OrganisationPredicate, readonly DistributionRule[]> = {
  ISTIMEWA: [{ predicates: ['SANGAT_BAIK'], kind: 'max', percent: 70 }],
  BAIK: [
    { predicates: ['BAIK'], kind: 'max', percent: 70 },
    { predicates: ['BUTUH_PERBAIKAN', 'KURANG'], kind: 'min', percent: 0 },
  ],
  BUTUH_PERBAIKAN: [
    { predicates: ['BUTUH_PERBAIKAN'], kind: 'min', percent: 60 },
    { predicates: ['SANGAT_BAIK'], kind: 'max', percent: 10 },
  ],
  KURANG: [
    { predicates: ['KURANG'], kind: 'min', percent: 60 },
    { predicates: ['BUTUH_PERBAIKAN'], kind: 'min', percent: 10 },
    { predicates: ['SANGAT_BAIK'], kind: 'max', percent: 10 },
  ],
  SANGAT_KURANG: [
    { predicates: ['SANGAT_KURANG'], kind: 'min', percent: 60 },
    { predicates: ['KURANG', 'BUTUH_PERBAIKAN'], kind: 'min', percent: 10 },
    { predicates: ['SANGAT_BAIK'], kind: 'none', percent: 0 },
  ],
};

/**
 * The unit's predikat counts against the curve for the organisation's own predikat. A `min` rule
 * of 0 % means "there must be some" (the annex: "harus ada"). No rated employee: no findings.
 */
export function skpDistributionGuidance(
  organisation: OrganisationPredicate,
  counts: Partial<Record<SkpPredicate, number>>,
): DistributionFinding[] {
  if (!ORGANISATION_PREDICATES.includes(organisation)) {
    throw new ScoringInputError('organisation', 'skpOrganisationPredikat', { value: String(organisation) });
  }
  const total = SKP_PREDICATES.reduce((sum, p) => sum + requireNonNegative(counts[p] ?? 0, `counts.${p}`), 0);
  if (total === 0) return [];
  return CURVE[organisation].map((rule) => {
    const count = rule.predicates.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
    const actualPercent = (count / total) * 100;
    const met =
      rule.kind === 'none'
        ? count === 0
        : rule.kind === 'max'
          ? actualPercent <= rule.percent
          : count > 0 && actualPercent >= rule.percent;
    return { ...rule, actualPercent, met };
  });
}
