// One tenant's tree and the detail of the selected node, side by side on a desk and one under the
// other on a phone. Every write fetches the tree again; a new unit's branch is opened, and a
// deleted unit's parent is selected.
import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { OrgTreeDocument } from '../graphql/orgTreeQuery.generated';
import { unitPathOf } from '../utils/unitPathOf';
import { NodeDetail, type AfterWrite } from './NodeDetail';
import { OrgTreeItem } from './OrgTreeItem';

/** Tailwind's `lg`: from here on the tree and the detail stand side by side. */
const SIDE_BY_SIDE = '(min-width: 64rem)';

export function OrgWorkspace({
  tenantId,
  year,
  onDone,
}: {
  tenantId: string;
  year: number;
  /** A finished write (or '' to clear the last one), announced by the page. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tree = useQuery(OrgTreeDocument, { variables: { tenantId, year }, fetchPolicy: 'cache-and-network' });
  const [selectedId, setSelectedId] = useState(tenantId);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set([tenantId]));
  const tenant = tree.data?.node?.__typename === 'Tenant' ? tree.data.node : null;

  if (!tenant) {
    if (tree.error) return <Notice tone="error">{t('common.loadFailed')}</Notice>;
    return tree.loading ? <LoadingState /> : <Notice tone="error">{t('org.noTenant')}</Notice>;
  }

  // A unit deleted meanwhile (by someone else too) is no longer in the tree: show the tenant.
  const path = unitPathOf(tenant.opds, selectedId) ?? [];
  const reload = () => void tree.refetch().catch(() => undefined);

  const select = (nodeId: string) => {
    setSelectedId(nodeId);
    onDone('');
    // Below the `lg` breakpoint the detail sits under the tree: take the keyboard (and the view)
    // there, as a phone user expects after choosing a unit.
    if (window.matchMedia(SIDE_BY_SIDE).matches) return;
    requestAnimationFrame(() => {
      headingRef.current?.focus({ preventScroll: true });
      headingRef.current?.scrollIntoView({ block: 'start' });
    });
  };

  const written = (message: string, { expand, select: nodeToSelect }: AfterWrite = {}) => {
    onDone(message);
    if (expand) setExpanded((open) => new Set(open).add(expand));
    if (nodeToSelect) setSelectedId(nodeToSelect);
    reload();
  };

  return (
    <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
      <Card className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <h3 id={`${id}-tree`} className="mb-3 text-lg font-semibold">
          {t('org.tree.title')}
        </h3>
        <ul
          aria-labelledby={`${id}-tree`}
          aria-busy={tree.loading}
          className="flex flex-col gap-1"
          data-testid="org-tree"
        >
          <OrgTreeItem
            nodeId={tenant.id}
            name={tenant.name}
            detail={t(`tenantKind.${tenant.kind}`)}
            units={tenant.opds}
            tree={{
              selectedId: path.length > 0 ? selectedId : tenant.id,
              expanded,
              onSelect: select,
              onToggle: (nodeId) =>
                setExpanded((open) => {
                  const next = new Set(open);
                  if (!next.delete(nodeId)) next.add(nodeId);
                  return next;
                }),
            }}
          />
        </ul>
        {tenant.opds.length === 0 ? <p className="mt-2 text-ink-muted">{t('org.tree.empty')}</p> : null}
      </Card>
      <NodeDetail
        tenant={tenant}
        path={path}
        year={year}
        headingRef={headingRef}
        onWritten={written}
        onStale={reload}
      />
    </div>
  );
}
