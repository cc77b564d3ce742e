// The scopes as a select's options: the tenant worded as the whole tenant, its OPDs by name.
import type { DeviceScopeOption } from './scopeOptionsOf';

export function scopeChoicesOf(
  scopes: readonly DeviceScopeOption[],
  wholeTenant: (name: string) => string,
): { value: string; label: string }[] {
  return scopes.map((scope) => ({
    value: scope.id,
    label: scope.kind === 'tenant' ? wholeTenant(scope.name) : scope.name,
  }));
}
