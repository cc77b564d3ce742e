// Traffic-light band and LKjIP predikat of a score, from the tenant's thresholds.
import { reaches } from './numeric';
import { DEFAULT_SCORING_SETTINGS, type Predikat, type ScoringSettings } from './settings';
import { requireFinite } from './validation';

export type ScoreBand = 'GREEN' | 'YELLOW' | 'RED' | 'NO_DATA';

export function band(score: number | null, settings: ScoringSettings = DEFAULT_SCORING_SETTINGS): ScoreBand {
  if (score === null) return 'NO_DATA';
  requireFinite(score, 'score');
  if (reaches(score, settings.bands.green)) return 'GREEN';
  return reaches(score, settings.bands.yellow) ? 'YELLOW' : 'RED';
}

export function predikat(
  score: number | null,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): Predikat | 'NO_DATA' {
  if (score === null) return 'NO_DATA';
  requireFinite(score, 'score');
  const t = settings.predikatThresholds;
  if (reaches(score, t.SANGAT_BAIK)) return 'SANGAT_BAIK';
  if (reaches(score, t.BAIK)) return 'BAIK';
  if (reaches(score, t.CUKUP)) return 'CUKUP';
  return reaches(score, t.KURANG) ? 'KURANG' : 'SANGAT_KURANG';
}
