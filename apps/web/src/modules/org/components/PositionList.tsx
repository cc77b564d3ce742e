// The jabatan of the selected unit (JPT first, as the API orders them), each with its holder, and
// the form that adds one.
import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePositionDocument } from '../graphql/createPositionMutation.generated';
import type { PositionFieldsFragment } from '../graphql/positionFieldsFragment.generated';
import { PositionForm } from './PositionForm';
import { PositionRow } from './PositionRow';

export function PositionList({
  unitId,
  positions,
  unplaced,
  year,
  onWritten,
  onStale,
}: {
  unitId: string;
  positions: readonly PositionFieldsFragment[];
  unplaced: readonly { id: string; nip: string; name: string }[];
  year: number;
  onWritten: (message: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [create] = useMutation(CreatePositionDocument);

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3" data-testid="org-positions">
      <h4 id={`${id}-title`} className="font-semibold">
        {t('org.positions.title', { count: positions.length })}
      </h4>
      {positions.length === 0 ? (
        <p className="text-ink-muted">{t('org.positions.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-labelledby={`${id}-title`}>
          {positions.map((position) => (
            <PositionRow
              key={position.id}
              position={position}
              unplaced={unplaced}
              year={year}
              onWritten={onWritten}
              onStale={onStale}
            />
          ))}
        </ul>
      )}
      <PositionForm
        title={t('org.positions.addTitle')}
        submitLabel={t('org.positions.add')}
        clearAfterSave
        testId="org-position-form"
        onSave={async (fields, clientMutationId) => {
          await create({ variables: { input: { orgUnitId: unitId, ...fields, clientMutationId } } });
          onWritten(t('org.done.positionCreated', { title: fields.title }));
        }}
        onStale={onStale}
      />
    </section>
  );
}
