// AgreementVersion: the parties, targets and programs come from the version's content snapshot.
import type { AgreementVersionResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';

export const AgreementVersion: AgreementVersionResolvers = {
  tenantName: (v) => v.content.tenantName ?? '',
  unitName: (v) => v.content.unitName ?? '',
  firstParty: (v) => signatory(v.content.firstParty),
  secondParty: (v) => signatory(v.content.secondParty),
  targets: (v) =>
    (v.content.objectives ?? []).flatMap((o) =>
      o.indicators.map((i) => ({
        ...i,
        indicatorId: toGlobalId('Indicator', i.indicatorId),
        polarity: i.polarity as 'MAXIMIZE' | 'MINIMIZE' | 'STABILIZE',
        objectiveCode: o.code,
        objectiveName: o.name,
      })),
    ),
  budget: (v) => v.content.budget ?? [],
};

function signatory(
  party: { officialId: string | null; name: string; nip: string | null; position: string } | undefined,
) {
  if (!party) return { officialId: null, name: '', nip: null, position: '' };
  return { ...party, officialId: party.officialId ? toGlobalId('Official', party.officialId) : null };
}
