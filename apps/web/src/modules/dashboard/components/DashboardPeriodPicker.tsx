// The month a drill-down page shows (year to date up to it): any month of this year up to the
// current one, or of last year.
import { PeriodPicker } from '../../../ui/PeriodPicker';
import { useDashboardPeriod } from '../hooks/useDashboardPeriod';
import { earliestYear } from '../utils/periodParam';

export function DashboardPeriodPicker() {
  const { year, month, current, choose } = useDashboardPeriod();
  return (
    <PeriodPicker
      value={{ year, month }}
      years={[earliestYear(current), current.year]}
      latest={current}
      testId="dashboard-period"
      onChange={choose}
    />
  );
}
