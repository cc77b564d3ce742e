// One sub-activity's month in the inbox: plan against what was reported; opens its form in place,
// with the month's evidence files.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { formatRupiah } from '../../format/formatRupiah';
import type { BudgetTask } from '../types/EntryTask';
import { EvidenceFileUpload } from '../../evidence/components/EvidenceFileUpload';
import { BudgetForm } from './BudgetForm';

export function BudgetTaskCard({
  task,
  open,
  onToggle,
  onSaved,
}: {
  task: BudgetTask;
  open: boolean;
  onToggle: () => void;
  onSaved: () => unknown;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  return (
    <li data-testid="budget-task" className="rounded-lg border border-line bg-surface-raised">
      <h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={onToggle}
          className="flex w-full flex-col items-start gap-1 p-3 text-left focus-visible:outline-2 focus-visible:outline-accent"
        >
          <span className="font-semibold">
            {task.code} · {task.name}
          </span>
          <span className="text-sm text-ink-muted">
            {task.realisedSpend === null || task.realisedSpend === undefined
              ? t('entry.budget.notReported')
              : t('entry.budget.reported', {
                  spend: formatRupiah(task.realisedSpend, locale),
                  physical: (task.realisedPhysical ?? 0).toLocaleString(locale),
                })}
          </span>
        </button>
      </h3>
      {open ? (
        <div id={`${id}-panel`} className="flex flex-col gap-4 border-t border-line px-3 pb-3">
          <BudgetForm task={task} onSaved={onSaved} />
          {/* A photo of the work or a PDF of the SP2D, once the month is reported. */}
          <EvidenceFileUpload
            target={task.version > 0 ? { subActivityId: task.subActivityId, month: task.month } : null}
            files={task.evidence.filter((e) => e.kind === 'FILE')}
            onUploaded={() => void onSaved()}
          />
        </div>
      ) : null}
    </li>
  );
}
