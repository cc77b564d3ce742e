// What verifying a submitted value would give: its achievement against the month's target.
import { achievement, band } from '@ekinerja/scoring';
import type { VerificationItemMapper } from '../schema.mappers';

export function achievementPreview(m: VerificationItemMapper) {
  const target = m.indicator.targets[0];
  if (!target) return null;
  const { settings } = m;
  try {
    const result =
      m.indicator.polarity === 'STABILIZE'
        ? target.low !== null && target.high !== null
          ? achievement(
              { polarity: 'STABILIZE', target: { low: target.low, high: target.high }, realisation: m.value },
              settings,
            )
          : null
        : target.value !== null
          ? achievement(
              {
                polarity: m.indicator.polarity,
                target: target.value,
                realisation: m.value,
                formula: m.indicator.minimizeFormula,
              },
              settings,
            )
          : null;
    if (!result) return null;
    return {
      raw: result.raw,
      capped: result.capped,
      band: band(result.raw, settings),
      formula: result.explanation.formula,
      substituted: result.explanation.substituted,
    };
  } catch {
    // A target the engine refuses (e.g. 0 for MAXIMIZE) has no preview; verifying still works.
    return null;
  }
}
