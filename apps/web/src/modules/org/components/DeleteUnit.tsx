// Deletes the selected unit after a confirmation. The API refuses a unit that still has units,
// positions, scorecards or anything else attached (rule `inUse`): the message says what is left.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { DeleteOrgUnitDocument } from '../graphql/deleteOrgUnitMutation.generated';
import { useOrgForm } from '../hooks/useOrgForm';
import { FormProblem } from './FormProblem';

export function DeleteUnit({
  unit,
  onDeleted,
  onStale,
}: {
  unit: { id: string; name: string };
  onDeleted: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const form = useOrgForm([]);
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading }] = useMutation(DeleteOrgUnitDocument);

  const confirm = async () => {
    const deleted = await form.send(
      { delete: unit.id },
      (clientMutationId) => remove({ variables: { input: { orgUnitId: unit.id, clientMutationId } } }),
      onStale,
    );
    setConfirming(false);
    if (deleted) onDeleted();
  };

  return (
    <div className="flex flex-col gap-3" data-testid="org-unit-delete">
      {confirming ? (
        <div
          role="group"
          aria-labelledby={`${form.formId}-confirm`}
          className="flex flex-col gap-3 rounded-lg border-l-4 border-danger bg-surface p-3"
        >
          <p id={`${form.formId}-confirm`} className="font-medium">
            {t('org.delete.confirm', { name: unit.name })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button disabled={loading} onClick={() => void confirm()}>
              {t('org.delete.yes')}
            </Button>
            <Button tone="quiet" autoFocus disabled={loading} onClick={() => setConfirming(false)}>
              {t('org.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button
            tone="quiet"
            className="w-full sm:w-auto"
            onClick={() => {
              form.show([]);
              setConfirming(true);
            }}
          >
            {t('org.delete.action')}
          </Button>
        </div>
      )}
      <FormProblem form={form} testId="org-delete-error" />
    </div>
  );
}
