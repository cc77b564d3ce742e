// A link to another drill-down page that keeps the month being looked at (`?periode=`), so going
// from the province to an OPD to an indicator stays in September when September was chosen.
import { Link, useSearchParams, type LinkProps } from 'react-router';
import { PERIOD_PARAM } from '../utils/periodParam';

export function DrillLink({ to, ...props }: Omit<LinkProps, 'to'> & { to: string }) {
  const [params] = useSearchParams();
  const period = params.get(PERIOD_PARAM);
  return <Link {...props} to={period ? `${to}?${PERIOD_PARAM}=${encodeURIComponent(period)}` : to} />;
}
