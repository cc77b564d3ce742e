// Tenant-configurable scoring parameters, their defaults and the one place they are validated.
import { ScoringInputError } from './errors';
import { requireFinite, requireIntegerInRange, requireNonNegative, requirePositive } from './validation';

export type Predikat = 'SANGAT_BAIK' | 'BAIK' | 'CUKUP' | 'KURANG' | 'SANGAT_KURANG';

/** Lower bounds of the LKjIP predikat; a score below `KURANG` is `SANGAT_KURANG`. */
export interface PredikatThresholds {
  readonly SANGAT_BAIK: number;
  readonly BAIK: number;
  readonly CUKUP: number;
  readonly KURANG: number;
}

export interface ScoringSettings {
  /** Ceiling of an achievement when it is aggregated upward (the raw value is still shown). */
  readonly cap: number;
  /** Traffic light lower bounds: GREEN ≥ green, YELLOW ≥ yellow, RED below. */
  readonly bands: { readonly green: number; readonly yellow: number };
  readonly predikatThresholds: PredikatThresholds;
  /** Budget deviation (percentage points of the ceiling) below which a unit is WARNING / CRITICAL. */
  readonly budgetDeviationLevels: { readonly warning: number; readonly critical: number };
  readonly rankingWeights: { readonly score: number; readonly budget: number; readonly timeliness: number };
  /** Day of the month after a period by which its value must be verified. */
  readonly dueDay: number;
  /** IANA zone of the tenant; deadlines end at midnight there. */
  readonly timeZone: string;
}

export interface ScoringSettingsInput {
  readonly cap?: number;
  readonly bands?: Partial<ScoringSettings['bands']>;
  readonly predikatThresholds?: Partial<PredikatThresholds>;
  readonly budgetDeviationLevels?: Partial<ScoringSettings['budgetDeviationLevels']>;
  readonly rankingWeights?: Partial<ScoringSettings['rankingWeights']>;
  readonly dueDay?: number;
  readonly timeZone?: string;
}

export const DEFAULT_SCORING_SETTINGS: ScoringSettings = Object.freeze({
  cap: 120,
  bands: Object.freeze({ green: 100, yellow: 80 }),
  predikatThresholds: Object.freeze({ SANGAT_BAIK: 91, BAIK: 76, CUKUP: 66, KURANG: 51 }),
  budgetDeviationLevels: Object.freeze({ warning: -5, critical: -10 }),
  rankingWeights: Object.freeze({ score: 60, budget: 20, timeliness: 20 }),
  dueDay: 10,
  timeZone: 'Asia/Makassar',
});

const PREDIKAT_ORDER = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG'] as const;

/** Merges a tenant's overrides onto the defaults and rejects combinations that cannot classify consistently. */
export function resolveSettings(input: ScoringSettingsInput = {}): ScoringSettings {
  const d = DEFAULT_SCORING_SETTINGS;
  const settings: ScoringSettings = {
    cap: input.cap ?? d.cap,
    bands: { ...d.bands, ...input.bands },
    predikatThresholds: { ...d.predikatThresholds, ...input.predikatThresholds },
    budgetDeviationLevels: { ...d.budgetDeviationLevels, ...input.budgetDeviationLevels },
    rankingWeights: { ...d.rankingWeights, ...input.rankingWeights },
    dueDay: input.dueDay ?? d.dueDay,
    timeZone: input.timeZone ?? d.timeZone,
  };

  requirePositive(settings.cap, 'cap');

  const { green, yellow } = settings.bands;
  requireFinite(green, 'bands.green');
  requireFinite(yellow, 'bands.yellow');
  if (green < yellow) throw new ScoringInputError('bands.yellow', 'bandOrder', { green, yellow });

  let previous = Number.POSITIVE_INFINITY;
  for (const level of PREDIKAT_ORDER) {
    const threshold = requireFinite(settings.predikatThresholds[level], `predikatThresholds.${level}`);
    if (threshold > previous) {
      throw new ScoringInputError(`predikatThresholds.${level}`, 'bandOrder', { value: threshold, previous });
    }
    previous = threshold;
  }

  const { warning, critical } = settings.budgetDeviationLevels;
  requireFinite(warning, 'budgetDeviationLevels.warning');
  requireFinite(critical, 'budgetDeviationLevels.critical');
  if (critical > warning) {
    throw new ScoringInputError('budgetDeviationLevels.critical', 'bandOrder', { warning, critical });
  }

  const weights = settings.rankingWeights;
  for (const key of ['score', 'budget', 'timeliness'] as const) {
    requireNonNegative(weights[key], `rankingWeights.${key}`);
  }
  if (weights.score + weights.budget + weights.timeliness === 0) {
    throw new ScoringInputError('rankingWeights', 'notAllZero');
  }

  // Day 28 is the last day every month has, so a deadline never silently moves into the next month.
  requireIntegerInRange(settings.dueDay, 'dueDay', 1, 28);
  requireTimeZone(settings.timeZone, 'timeZone');
  return settings;
}

/** Zones already checked: building a formatter per call dominated a tenant-year's rebuild. */
const knownTimeZones = new Set<string>();

export function requireTimeZone(timeZone: string, field: string): string {
  if (knownTimeZones.has(timeZone)) return timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new ScoringInputError(field, 'timeZone', { value: String(timeZone) });
  }
  knownTimeZones.add(timeZone);
  return timeZone;
}
