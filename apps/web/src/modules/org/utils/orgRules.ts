// The API's rules for codes, contact details and the tree's shape, shared by the page's checks.
import type { OrgUnitKind, PositionLevel } from '../../../gql/graphql';

/** An org unit's code: upper-case letters, digits, dots and hyphens, 1–32; unique in the tenant. */
export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9.-]{0,31}$/;
/** A tenant's code: upper-case letters, digits and hyphens, 2–32; unique. */
export const TENANT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const POSITION_LEVELS: readonly PositionLevel[] = ['JPT', 'ADMINISTRATOR', 'SUPERVISOR', 'STAFF'];

/** What a new unit under this node is: a tenant gets OPDs, an OPD bidang, a bidang seksi. */
export function childKindOf(parent: OrgUnitKind | 'TENANT'): OrgUnitKind | null {
  switch (parent) {
    case 'TENANT':
      return 'OPD';
    case 'OPD':
      return 'DIVISION';
    case 'DIVISION':
      return 'SECTION';
    default:
      return null;
  }
}

/** Required text: the message for an empty (after trimming) value, else none. */
export function requiredMessage(field: string, value: string): { field: string; key: string }[] {
  return value.trim() === '' ? [{ field, key: 'org.errors.required' }] : [];
}
