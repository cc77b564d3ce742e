// The scorecard of the year of a node (tenant or unit) or of a position's holder: its name with a
// link to the strategy-map page and a delete step (for one made by mistake, while it has no
// objectives) when it exists, else the form that creates it (behind a button where space is
// short, as in the positions list).
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { DeleteScorecardDocument } from '../graphql/deleteScorecardMutation.generated';
import { CreateScorecardForm } from './CreateScorecardForm';
import { DeleteWithConfirm } from '../../../ui/form/DeleteWithConfirm';
import { orgFormOptions } from '../utils/orgFormOptions';

export function ScorecardPanel({
  owner,
  year,
  scorecard,
  collapsed = false,
  onCreated,
  onDeleted,
  onStale,
}: {
  owner: { id: string; shortName: string };
  year: number;
  scorecard: { id: string; name: string } | null;
  /** Show a button that opens the form rather than the form itself. */
  collapsed?: boolean;
  onCreated: (name: string) => void;
  onDeleted: (name: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [deleteScorecard] = useMutation(DeleteScorecardDocument);
  const [open, setOpen] = useState(!collapsed);
  // The keyboard follows the toggle: into the form when opened, back to the button when closed.
  const [toggled, setToggled] = useState(false);
  const toggle = (next: boolean) => {
    setOpen(next);
    setToggled(true);
  };

  if (scorecard)
    return (
      <div className="flex flex-col gap-3">
        <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1" data-testid="org-scorecard">
          <span>
            {t('org.scorecard.exists', { year })} <strong className="font-semibold">{scorecard.name}</strong>
          </span>
          <Link to="/admin/scorecards" className="font-medium text-accent underline">
            {t('org.scorecard.open')}
          </Link>
        </p>
        <DeleteWithConfirm
          key={scorecard.id}
          testId="org-scorecard-delete"
          problemTestId="org-scorecard-delete-error"
          actionLabel={t('org.scorecard.delete')}
          question={t('org.scorecard.deleteConfirm', { name: scorecard.name })}
          confirmLabel={t('org.scorecard.deleteYes')}
          cancelLabel={t('org.cancel')}
          {...orgFormOptions([])}
          remove={(clientMutationId) =>
            deleteScorecard({ variables: { input: { scorecardId: scorecard.id, clientMutationId } } })
          }
          onDeleted={() => onDeleted(scorecard.name)}
          onStale={onStale}
        />
      </div>
    );
  if (!open)
    return (
      <div>
        <Button tone="quiet" autoFocus={toggled} onClick={() => toggle(true)}>
          {t('org.scorecard.createTitle', { year })}
        </Button>
      </div>
    );
  return (
    <CreateScorecardForm
      ownerId={owner.id}
      ownerShortName={owner.shortName}
      year={year}
      onCreated={onCreated}
      autoFocus={toggled}
      onCancel={collapsed ? () => toggle(false) : undefined}
      onStale={onStale}
    />
  );
}
