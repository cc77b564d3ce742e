// `/admin/periods`: an administrator closes a tenant's month for entry (no new values, revisions
// or budget reports) and opens it again, each time with a reason that the audit log keeps.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { YearSelect } from '../../../ui/YearSelect';
import { TenantAdminPage } from '../../admin/components/TenantAdminPage';
import { useTenantAdmin } from '../../admin/hooks/useTenantAdmin';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { currentPeriod } from '../../wall/utils/currentPeriod';
import { PeriodLocksDocument } from '../graphql/periodLocksQuery.generated';
import { PeriodTenantsDocument } from '../graphql/periodTenantsQuery.generated';
import { periodLockErrorOf } from '../utils/periodLockErrorOf';
import { periodMonthsOf } from '../utils/periodMonthsOf';
import { yearOptionsOf } from '../utils/yearOptionsOf';
import { PeriodMonthCard } from './PeriodMonthCard';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

const GRID = { className: 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3', 'data-testid': 'period-grid' };

export function PeriodLocksPage() {
  const timeZone = useTimeZone();
  const { t } = useTranslation();
  const locale = useLocale();
  const [currentYear] = useState(() => currentPeriod(new Date(), timeZone).year);
  const [year, setYear] = useState(currentYear);
  const page = useTenantAdmin(PeriodTenantsDocument, PeriodLocksDocument, { year });
  const rows = useMemo(() => periodMonthsOf(page.list.data?.periodLocks ?? [], year), [page.list.data, year]);

  return (
    <TenantAdminPage
      name="periods"
      page={page}
      problemOf={periodLockErrorOf}
      rows={rows}
      testIds={{ page: 'period-locks-page', done: 'period-done' }}
      listTitle={page.tenant ? t('periods.grid', { tenant: page.tenant.name, year }) : undefined}
      listProps={GRID}
      controls={(picker) => (
        <div className="grid max-w-xl gap-3 sm:grid-cols-2">
          {picker}
          <YearSelect
            label={t('periods.year')}
            years={yearOptionsOf(currentYear)}
            value={year}
            onChange={(next) => {
              setYear(next);
              page.announce('');
            }}
          />
        </div>
      )}
    >
      {(row, tenant) => (
        <PeriodMonthCard
          key={`${tenant.id}/${year}/${row.month}`}
          tenantId={tenant.id}
          year={year}
          row={row}
          locale={locale}
          timeZone={tenant.timeZone || DEFAULT_TIME_ZONE}
          onDone={page.announce}
        />
      )}
    </TenantAdminPage>
  );
}
