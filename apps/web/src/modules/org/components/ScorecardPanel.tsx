// The scorecard of the year of a node (tenant or unit) or of a position's holder: its name with a
// link to the strategy-map page when it exists, else the form that creates it (behind a button
// where space is short, as in the positions list).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { CreateScorecardForm } from './CreateScorecardForm';

export function ScorecardPanel({
  owner,
  year,
  scorecard,
  collapsed = false,
  onCreated,
  onStale,
}: {
  owner: { id: string; shortName: string };
  year: number;
  scorecard: { id: string; name: string } | null;
  /** Show a button that opens the form rather than the form itself. */
  collapsed?: boolean;
  onCreated: (name: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(!collapsed);
  // The keyboard follows the toggle: into the form when opened, back to the button when closed.
  const [toggled, setToggled] = useState(false);
  const toggle = (next: boolean) => {
    setOpen(next);
    setToggled(true);
  };

  if (scorecard)
    return (
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1" data-testid="org-scorecard">
        <span>
          {t('org.scorecard.exists', { year })} <strong className="font-semibold">{scorecard.name}</strong>
        </span>
        <Link to="/admin/scorecards" className="font-medium text-accent underline">
          {t('org.scorecard.open')}
        </Link>
      </p>
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
