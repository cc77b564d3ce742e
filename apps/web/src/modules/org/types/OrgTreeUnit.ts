// A unit of the administration tree: OPD, bidang or seksi with the units under it (a seksi has
// none; the query stops there).
import type { OrgUnitFieldsFragment } from '../graphql/orgUnitFieldsFragment.generated';

export type OrgTreeUnit = OrgUnitFieldsFragment & { children?: readonly OrgTreeUnit[] };
