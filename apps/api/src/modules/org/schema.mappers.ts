// Internal models behind the org module's GraphQL types (used by codegen).
import type { OrgUnit, Tenant } from '@ekinerja/db';

export type TenantMapper = Tenant & { __typename?: 'Tenant' };
export type OrgUnitMapper = OrgUnit & { __typename?: 'OrgUnit' };

/** A tenant or org unit tagged with its type, as every field returning a ScopeNode gives it. */
export type ScopeNodeRow = (Tenant & { __typename: 'Tenant' }) | (OrgUnit & { __typename: 'OrgUnit' });
