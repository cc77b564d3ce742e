// The tenant or org unit a dashboard page shows, from the generated operation types.
import type { DashboardNodeQuery } from '../graphql/dashboardNodeQuery.generated';

type AnyNode = NonNullable<DashboardNodeQuery['node']>;

export type DashboardTenant = Extract<AnyNode, { __typename: 'Tenant' }>;
export type DashboardUnit = Extract<AnyNode, { __typename: 'OrgUnit' }>;
export type DashboardScope = DashboardTenant | DashboardUnit;
