// The top of a drill-down page: where it sits (breadcrumb) and which month it shows.
import { Breadcrumb, type Crumb } from './Breadcrumb';
import { DashboardPeriodPicker } from './DashboardPeriodPicker';

export function DrillHeader({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <Breadcrumb items={crumbs} />
      <DashboardPeriodPicker />
    </div>
  );
}
