// When a period's value needs the written analysis LKjIP Bab III asks for: its own achievement
// (not the year to date) falls in the yellow or red band, or the period ended with no value.
import { band } from './classification';
import { isDueMonth, periodValue, valueAt, type IndicatorYear } from './periods';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from './settings';

export type AnalysisReason = 'YELLOW' | 'RED' | 'NO_VALUE';

/**
 * Why the period's value needs an analysis, or null when it does not: the value scores yellow or
 * red, or the period has ended with no value although one was due. A month that is not a reporting
 * month, or one without a target, needs none: there is nothing to fall short of. A value without
 * a target is refused by the scoring engine (`targetRequired`), as everywhere else.
 */
export function analysisReason(
  indicator: IndicatorYear,
  month: number,
  periodEnded: boolean,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): AnalysisReason | null {
  if (!isDueMonth(indicator.frequency, month)) return null;
  if (valueAt<unknown>(indicator.targets, month) === null) return null;
  if (valueAt(indicator.realisations, month) === null) return periodEnded ? 'NO_VALUE' : null;
  const colour = band(periodValue(indicator, month, settings).capped, settings);
  return colour === 'YELLOW' || colour === 'RED' ? colour : null;
}
