// The audit filters kept in the page's address, so a filtered view can be shared and reloaded;
// a change replaces the address rather than adding a history entry per field.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from '../types/AuditFilters';
import { auditFiltersFromParams } from '../utils/auditFiltersFromParams';
import { auditParamsOf } from '../utils/auditParamsOf';

export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => auditFiltersFromParams(params), [params]);
  const update = useCallback(
    (change: Partial<AuditFilters>) =>
      setParams((current) => auditParamsOf({ ...auditFiltersFromParams(current), ...change }, current), {
        replace: true,
      }),
    [setParams],
  );
  return { filters, update };
}
