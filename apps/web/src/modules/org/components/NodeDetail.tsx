// What the administrator can do with the selected node of the tree. The tenant: change its name
// and capital, add an OPD, add an official, create or delete its scorecard. A unit: change it, add
// a unit under it (not under a seksi), manage its positions and their holders, add an official,
// create or delete its scorecard, or delete the unit.
import { useMutation } from '@apollo/client/react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantKind } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { CreateOrgUnitDocument } from '../graphql/createOrgUnitMutation.generated';
import { DeleteOrgUnitDocument } from '../graphql/deleteOrgUnitMutation.generated';
import { UpdateOrgUnitDocument } from '../graphql/updateOrgUnitMutation.generated';
import { UpdateTenantDocument } from '../graphql/updateTenantMutation.generated';
import type { OrgTreeUnit } from '../types/OrgTreeUnit';
import { childKindOf } from '../utils/orgRules';
import { CreateOfficialForm } from './CreateOfficialForm';
import { DeleteWithConfirm } from '../../../ui/form/DeleteWithConfirm';
import { orgFormOptions } from '../utils/orgFormOptions';
import { PositionList } from './PositionList';
import { ScorecardPanel } from './ScorecardPanel';
import { TenantForm } from './TenantForm';
import { UnitForm } from './UnitForm';

export interface OrgTenantNode {
  id: string;
  name: string;
  shortName: string;
  kind: TenantKind;
  code: string;
  capital: string | null;
  scorecard: { id: string; name: string } | null;
  unplacedOfficials: readonly { id: string; nip: string; name: string }[];
}

/** After a write: what to select next, and which branch to open so a new unit shows. */
export interface AfterWrite {
  select?: string;
  expand?: string;
}

export function NodeDetail({
  tenant,
  path,
  year,
  headingRef,
  onWritten,
  onStale,
}: {
  tenant: OrgTenantNode;
  /** From the OPD down to the selected unit; empty when the tenant is selected. */
  path: readonly OrgTreeUnit[];
  year: number;
  /** The node's heading, where the keyboard goes when a node is chosen on a narrow screen. */
  headingRef: Ref<HTMLHeadingElement>;
  onWritten: (message: string, next?: AfterWrite) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [createUnit] = useMutation(CreateOrgUnitDocument);
  const [updateUnit] = useMutation(UpdateOrgUnitDocument);
  const [updateTenant] = useMutation(UpdateTenantDocument);
  const [deleteUnit] = useMutation(DeleteOrgUnitDocument);
  const unit = path.at(-1) ?? null;
  const parent = path.at(-2) ?? null;
  const node = unit ?? tenant;
  const childKind = childKindOf(unit ? unit.kind : 'TENANT');
  const kindLabel = unit ? t(`unitKind.${unit.kind}`) : t(`tenantKind.${tenant.kind}`);

  return (
    <section
      aria-labelledby={`org-detail-${node.id}`}
      className="flex min-w-0 flex-col gap-4"
      data-testid="org-detail"
      data-node-id={node.id}
    >
      <header className="flex flex-col gap-1">
        {unit ? (
          <p className="text-sm break-words text-ink-muted" data-testid="org-detail-path">
            {[tenant.shortName, ...path.slice(0, -1).map((u) => u.shortName)].join(' › ')}
          </p>
        ) : null}
        <h3
          id={`org-detail-${node.id}`}
          ref={headingRef}
          tabIndex={-1}
          className="text-xl font-semibold break-words"
        >
          {node.name}
        </h3>
        <p className="text-ink-muted">
          {unit ? t('org.detail.kindAndCode', { kind: kindLabel, code: unit.code }) : kindLabel}
        </p>
      </header>

      {unit ? null : (
        <Card>
          <TenantForm
            key={`${tenant.id}:${tenant.name}:${tenant.shortName}:${tenant.capital ?? ''}`}
            title={t('org.tenantEdit.title', { kind: kindLabel })}
            submitLabel={t('org.unit.save')}
            initial={{
              kind: tenant.kind,
              code: tenant.code,
              name: tenant.name,
              shortName: tenant.shortName,
              capital: tenant.capital ?? '',
            }}
            testId="org-tenant-edit"
            onSave={async ({ name, shortName, capital }, clientMutationId) => {
              await updateTenant({
                variables: { input: { tenantId: tenant.id, name, shortName, capital, clientMutationId } },
              });
              onWritten(t('org.done.tenantUpdated', { name }));
            }}
            onStale={onStale}
          />
        </Card>
      )}

      {unit ? (
        <Card>
          <UnitForm
            key={`${unit.id}:${unit.code}:${unit.name}:${unit.shortName}`}
            title={t('org.unit.editTitle')}
            submitLabel={t('org.unit.save')}
            initial={{ code: unit.code, name: unit.name, shortName: unit.shortName }}
            testId="org-unit-edit"
            onSave={async (fields, clientMutationId) => {
              await updateUnit({ variables: { input: { orgUnitId: unit.id, ...fields, clientMutationId } } });
              onWritten(t('org.done.unitUpdated', { name: fields.name }));
            }}
            onStale={onStale}
          />
        </Card>
      ) : null}

      <Card>
        {childKind ? (
          <UnitForm
            key={node.id}
            title={t('org.unit.createTitle')}
            intro={t('org.unit.createWhat', { kind: t(`unitKind.${childKind}`), parent: node.name })}
            submitLabel={t('org.unit.create')}
            clearAfterSave
            testId="org-unit-create"
            onSave={async (fields, clientMutationId) => {
              await createUnit({ variables: { input: { parentId: node.id, ...fields, clientMutationId } } });
              onWritten(t('org.done.unitCreated', { name: fields.name, parent: node.name }), {
                expand: node.id,
              });
            }}
            onStale={onStale}
          />
        ) : (
          <p className="text-ink-muted" data-testid="org-unit-leaf">
            {t('org.unit.sectionLeaf')}
          </p>
        )}
      </Card>

      {unit ? (
        <Card>
          <PositionList
            key={unit.id}
            unitId={unit.id}
            positions={unit.positions}
            unplaced={tenant.unplacedOfficials}
            year={year}
            onWritten={onWritten}
            onStale={onStale}
          />
        </Card>
      ) : null}

      <Card>
        <CreateOfficialForm
          key={node.id}
          tenantId={tenant.id}
          vacantPositions={unit ? unit.positions.filter((p) => !p.holder) : []}
          onWritten={onWritten}
          onStale={onStale}
        />
      </Card>

      <Card>
        <section
          aria-labelledby={`org-scorecard-${node.id}`}
          className="flex flex-col gap-3"
          data-testid="org-node-scorecard"
        >
          <h4 id={`org-scorecard-${node.id}`} className="font-semibold">
            {t('org.scorecard.title', { year })}
          </h4>
          <ScorecardPanel
            key={node.id}
            owner={node}
            year={year}
            scorecard={node.scorecard}
            onCreated={(name) => onWritten(t('org.done.scorecardCreated', { name }))}
            onDeleted={(name) => onWritten(t('org.done.scorecardDeleted', { name }))}
            onStale={onStale}
          />
        </section>
      </Card>

      {unit ? (
        <Card>
          <section aria-labelledby={`org-delete-${unit.id}`} className="flex flex-col gap-3">
            <h4 id={`org-delete-${unit.id}`} className="font-semibold">
              {t('org.delete.title')}
            </h4>
            <p className="text-ink-muted">{t('org.delete.hint')}</p>
            <DeleteWithConfirm
              key={unit.id}
              testId="org-unit-delete"
              problemTestId="org-delete-error"
              actionLabel={t('org.delete.action')}
              question={t('org.delete.confirm', { name: unit.name })}
              confirmLabel={t('org.delete.yes')}
              cancelLabel={t('org.cancel')}
              {...orgFormOptions([])}
              remove={(clientMutationId) =>
                deleteUnit({ variables: { input: { orgUnitId: unit.id, clientMutationId } } })
              }
              onDeleted={() =>
                onWritten(t('org.done.unitDeleted', { name: unit.name }), { select: parent?.id ?? tenant.id })
              }
              onStale={onStale}
            />
          </section>
        </Card>
      ) : null}
    </section>
  );
}
