// The navigation's link to the viewer's own SKP, shown only to a user who is an official.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink, type NavLinkProps } from 'react-router';
import { SkpViewerOfficialDocument } from '../graphql/skpViewerOfficialQuery.generated';

export function OwnSkpNavLink({ className }: { className: NavLinkProps['className'] }) {
  const { t } = useTranslation();
  const { data } = useQuery(SkpViewerOfficialDocument);
  if (!data?.skpViewerOfficial) return null;
  return (
    <NavLink to="/skp/saya" className={className} data-testid="nav-own-skp">
      {t('nav.ownSkp')}
    </NavLink>
  );
}
