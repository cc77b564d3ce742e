// The month whose reports are being gathered while the wall shows `month`: the one before it
// (December's reports come in during January of the next year).
import type { Period } from '../../../ui/PeriodPicker';

export function reportingMonthOf({ year, month }: Period): Period {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}
