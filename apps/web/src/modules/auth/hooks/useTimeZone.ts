// The signed-in user's clock: the IANA time zone of the tenant their first role is in (WITA for
// NTB, WIB for a tenant in Java), for current periods and every time shown; the demo's zone until
// it is known.
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { useMe } from './useMe';

export function useTimeZone(): string {
  const { me } = useMe();
  const scope = me?.roles[0]?.scope;
  if (!scope) return DEFAULT_TIME_ZONE;
  return (scope.__typename === 'Tenant' ? scope.timeZone : scope.tenant.timeZone) || DEFAULT_TIME_ZONE;
}
