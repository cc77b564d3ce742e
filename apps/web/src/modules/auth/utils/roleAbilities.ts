// What a user's roles let them do in the desk app (the API enforces the same through its policy).
import type { ViewerRole } from '../types/ViewerRole';

const VERIFIERS = new Set(['UNIT_HEAD', 'TENANT_ADMIN', 'SUPER_ADMIN']);

/** Operators report realisation for the indicators assigned to them. */
export function entersData(roles: readonly ViewerRole[]): boolean {
  return roles.some((r) => r.role === 'OPERATOR');
}

/** Unit heads and administrators verify submitted values in their scope. */
export function verifies(roles: readonly ViewerRole[]): boolean {
  return roles.some((r) => VERIFIERS.has(r.role));
}

const ADMINISTRATORS = new Set(['TENANT_ADMIN', 'SUPER_ADMIN']);

/** Administrators manage indicators, targets, wall devices and settings. */
export function administers(roles: readonly ViewerRole[]): boolean {
  return roles.some((r) => ADMINISTRATORS.has(r.role));
}

const REPORTING_FOLLOWERS = new Set(['LEADER', 'UNIT_HEAD', 'TENANT_ADMIN', 'SUPER_ADMIN']);

/** Leaders, unit heads and administrators follow who has not reported yet. */
export function followsReporting(roles: readonly ViewerRole[]): boolean {
  return roles.some((r) => REPORTING_FOLLOWERS.has(r.role));
}
