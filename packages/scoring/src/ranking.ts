// Ranking index of OPDs: scorecard score, budget performance and reporting timeliness, weighted.
import { ScoringInputError } from './errors';
import { type Explanation, explain, explainCase, formatOperand } from './explanation';
import { clamp } from './numeric';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from './settings';
import { requireFinite, requireRange } from './validation';

export interface RankingRow {
  readonly id: string;
  readonly name: string;
  /** Scorecard score (NKO); `null` is NO_DATA. */
  readonly score: number | null;
  /** Spend deviation in percentage points of the ceiling (see `budgetPerformance`). */
  readonly spendDeviation: number | null;
  /** Timeliness % (see `reportingStatus`). */
  readonly timeliness: number | null;
}

export interface RankingComponents {
  /** Score limited to [0, cap]. */
  readonly score: number | null;
  /** 100 + spend deviation, limited to [0, cap]. */
  readonly budget: number | null;
  readonly timeliness: number | null;
}

export interface RankedUnit extends RankingRow {
  /** Weighted mean of the components with data; `null` when none has data. */
  readonly index: number | null;
  /** 1-based position; every unit has its own. */
  readonly rank: number;
  readonly components: RankingComponents;
  readonly explanation: Explanation;
}

const SYMBOLS = { score: 'S', budget: 'B', timeliness: 'P' } as const;
type Component = keyof typeof SYMBOLS;
const COMPONENTS: readonly Component[] = ['score', 'budget', 'timeliness'];

const collator = new Intl.Collator('id');

/**
 * Sorted best first: by index, then score, then name in Indonesian collation (then id, so equal
 * names still order the same way every time); missing values sort last. Positions are never shared,
 * so a playlist stepping through the ranking visits every unit exactly once. Budget performance is
 * limited to the same cap as the score so that neither can outweigh its weight.
 */
export function rankUnits(
  rows: readonly RankingRow[],
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): RankedUnit[] {
  const seen = new Set<string>();
  const scored = rows.map((row, i) => {
    if (seen.has(row.id)) throw new ScoringInputError(`rows[${i}].id`, 'duplicate', { id: row.id });
    seen.add(row.id);
    const components: RankingComponents = {
      score: row.score === null ? null : clamp(requireFinite(row.score, `rows[${i}].score`), 0, settings.cap),
      budget:
        row.spendDeviation === null
          ? null
          : clamp(100 + requireFinite(row.spendDeviation, `rows[${i}].spendDeviation`), 0, settings.cap),
      timeliness:
        row.timeliness === null ? null : requireRange(row.timeliness, `rows[${i}].timeliness`, 0, 100),
    };
    return { row, components, ...rankingIndex(components, settings) };
  });

  scored.sort(
    (a, b) =>
      descendingNullsLast(a.index, b.index) ||
      descendingNullsLast(a.row.score, b.row.score) ||
      collator.compare(a.row.name, b.row.name) ||
      // Ids are unique (checked above), so this never returns 0.
      (a.row.id < b.row.id ? -1 : 1),
  );
  return scored.map(({ row, components, index, explanation }, position) => ({
    ...row,
    index,
    rank: position + 1,
    components,
    explanation,
  }));
}

function rankingIndex(
  components: RankingComponents,
  settings: ScoringSettings,
): { index: number | null; explanation: Explanation } {
  const weights = settings.rankingWeights;
  const inputs: Record<string, number | null> = {};
  const symbolic: string[] = [];
  const symbolicWeights: string[] = [];
  const products: string[] = [];
  const weightTerms: string[] = [];
  let weightedSum = 0;
  let weightSum = 0;
  for (const key of COMPONENTS) {
    const value = components[key];
    const weight = weights[key];
    inputs[SYMBOLS[key]] = value;
    inputs[`w[${SYMBOLS[key]}]`] = weight;
    if (value === null || weight === 0) continue;
    symbolic.push(`w[${SYMBOLS[key]}] × ${SYMBOLS[key]}`);
    symbolicWeights.push(`w[${SYMBOLS[key]}]`);
    products.push(`${formatOperand(weight)} × ${formatOperand(value)}`);
    weightTerms.push(formatOperand(weight));
    weightedSum += weight * value;
    weightSum += weight;
  }
  if (weightSum === 0) {
    return {
      index: null,
      explanation: explainCase('Σ w[c] × c / Σ w[c]', 'Σ w[c] = 0', inputs, null, 'NO_DATA'),
    };
  }
  const index = weightedSum / weightSum;
  const formula = `(${symbolic.join(' + ')}) / (${symbolicWeights.join(' + ')})`;
  return {
    index,
    explanation: explain(formula, `(${products.join(' + ')}) / (${weightTerms.join(' + ')})`, inputs, index),
  };
}

function descendingNullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return b - a;
}
