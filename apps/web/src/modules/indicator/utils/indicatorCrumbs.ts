// The indicator page's breadcrumb: the owner's path (tenant down to the unit), the official when
// the indicator is on an individual scorecard, then the indicator itself.
import type { Crumb } from '../../dashboard/components/Breadcrumb';
import { crumbsOf } from '../../dashboard/utils/crumbsOf';
import { drillPaths } from '../../dashboard/utils/drillPaths';
import type { IndicatorDetail } from '../types/IndicatorDetail';

export function indicatorCrumbs(indicator: IndicatorDetail): Crumb[] {
  const owner = indicator.owner;
  const crumbs = crumbsOf(
    owner.__typename === 'Tenant'
      ? [owner.parent, owner]
      : owner.__typename === 'OrgUnit'
        ? owner.breadcrumb
        : [],
  );
  const cardOwner = indicator.objective?.scorecard.owner;
  if (cardOwner?.__typename === 'Official')
    crumbs.push({ id: cardOwner.id, name: cardOwner.name, to: drillPaths.official(cardOwner.id) });
  crumbs.push({
    id: indicator.id,
    name: `${indicator.code} ${indicator.name}`,
    to: drillPaths.indicator(indicator.id),
  });
  return crumbs;
}
