// The objectives an objective may cascade from: those of the scorecard of its scorecard's owner
// one level up in the same year, as the API checks it (`parentObjectiveId`/`notOwnerAbove`) —
// a bidang's OPD, an OPD's tenant, an official's unit, a kabupaten's province.
import type { Perspective } from '../../../gql/graphql';

export interface ParentObjectiveOption {
  id: string;
  code: string;
  name: string;
  perspective: Perspective;
}

/** Whose scorecard the options come from, and its objectives; null when there is none above. */
export interface ParentObjectives {
  ownerName: string;
  objectives: readonly ParentObjectiveOption[];
}

interface OwnerAbove {
  name: string;
  scorecard: { objectives: readonly ParentObjectiveOption[] } | null;
}

/** The scorecard owner as the `ParentObjectives` query reads it. */
export type ScorecardOwnerAbove =
  | { __typename: 'Tenant'; parent: OwnerAbove | null }
  | { __typename: 'OrgUnit'; parent: OwnerAbove | null; tenant: OwnerAbove }
  | { __typename: 'Official'; orgUnit: OwnerAbove | null };

export function parentObjectivesOf(owner: ScorecardOwnerAbove | null | undefined): ParentObjectives | null {
  if (!owner) return null;
  let above: OwnerAbove | null;
  switch (owner.__typename) {
    case 'Tenant':
      above = owner.parent;
      break;
    // A unit under another (bidang, seksi) cascades from it; an OPD from its tenant.
    case 'OrgUnit':
      above = owner.parent ?? owner.tenant;
      break;
    case 'Official':
      above = owner.orgUnit;
      break;
  }
  if (!above?.scorecard) return null;
  return { ownerName: above.name, objectives: above.scorecard.objectives };
}

/**
 * The picker's options: the objectives above, plus the current parent when it is not among them
 * (not loaded yet, or out of the viewer's sight), so opening the form never drops it silently.
 */
export function parentOptionsOf(
  parents: ParentObjectives | null,
  current: { id: string; code: string; name: string } | null | undefined,
): { id: string; label: string }[] {
  const options = (parents?.objectives ?? []).map((o) => ({ id: o.id, label: `${o.code} · ${o.name}` }));
  if (current && !options.some((o) => o.id === current.id))
    options.unshift({ id: current.id, label: `${current.code} · ${current.name}` });
  return options;
}
