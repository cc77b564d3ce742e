// `/dashboard` (the viewer's top scope) and `/dashboard/:scopeId` (a tenant or org unit by its
// global id): loads the node, then shows its live dashboard. A node the viewer may not read (the
// API answers null) sends them home with a notice.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import type { RouteNotice } from '../../../app/routing/RouteNotice';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useMe } from '../../auth/hooks/useMe';
import { homePathFor } from '../../auth/utils/homePathFor';
import { primaryScope } from '../../auth/utils/primaryScope';
import { DashboardNodeDocument } from '../graphql/dashboardNodeQuery.generated';
import { useDashboardPeriod } from '../hooks/useDashboardPeriod';
import { NodeDashboard } from './NodeDashboard';

export function DashboardPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const params = useParams();
  const roles = me?.roles ?? [];
  const scopeId = params.scopeId ?? primaryScope(roles)?.scope.id ?? null;
  const { year, month } = useDashboardPeriod();
  const { data, error } = useQuery(DashboardNodeDocument, {
    variables: { id: scopeId ?? '', year, month },
    skip: !scopeId,
  });

  if (!scopeId) return <Notice tone="info">{t('dashboard.noScope')}</Notice>;
  if (!data) return error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  const node = data.node;
  if (node?.__typename !== 'Tenant' && node?.__typename !== 'OrgUnit')
    return <Navigate to={homePathFor(roles)} replace state={{ notice: 'forbidden' } satisfies RouteNotice} />;
  return <NodeDashboard key={node.id} node={node} year={year} month={month} />;
}
