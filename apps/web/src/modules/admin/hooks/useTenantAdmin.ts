// The state of an administration page about one tenant's things (screens, accounts, locked
// months): the tenants the viewer administers, the chosen one (the first until another is
// picked), the list of its things, and the line saying what was just done.
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';

export function useTenantAdmin<
  Tenant extends { id: string; name: string },
  Data,
  Variables extends OperationVariables & { tenantId: string | number },
>(
  tenantsQuery: TypedDocumentNode<{ tenants: Tenant[] }, Record<string, never>>,
  listQuery: TypedDocumentNode<Data, Variables>,
  /** The list's other variables (the year of the locks). */
  variables?: Omit<Variables, 'tenantId'>,
) {
  const tenantsResult = useQuery(tenantsQuery);
  const tenants = useMemo(() => tenantsResult.data?.tenants ?? [], [tenantsResult.data]);
  const [chosenTenantId, setChosenTenantId] = useState('');
  const [done, setDone] = useState('');
  const tenant = tenants.find((x) => x.id === chosenTenantId) ?? tenants[0] ?? null;
  const list = useQuery(listQuery, {
    variables: { ...variables, tenantId: tenant?.id ?? '' } as unknown as Variables,
    skip: !tenant,
    fetchPolicy: 'cache-and-network',
  });
  const reload = () => void list.refetch().catch(() => undefined);
  return {
    tenantsResult,
    tenants,
    tenant,
    /** Picks another tenant; what was done on the last one is no longer said. */
    choose: (tenantId: string) => {
      setChosenTenantId(tenantId);
      setDone('');
    },
    list,
    reload,
    done,
    announce: setDone,
    /** What a row of the list tells the page: an action done, to say; the list is stale. */
    rowEvents: { onDone: setDone, onStale: reload },
  };
}
