// The queue's toolbar, kept in view while the supervisor scrolls: select all, verify the selected
// values at once, and the outcome of the last action.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

export function VerifyToolbar({
  total,
  selectedCount,
  busy,
  onSelectAll,
  onVerifySelected,
  children,
}: {
  total: number;
  selectedCount: number;
  busy: boolean;
  onSelectAll: (selected: boolean) => void;
  onVerifySelected: () => void;
  /** The outcome notice, if any. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const selectAllRef = useRef<HTMLInputElement>(null);
  const all = total > 0 && selectedCount === total;
  const some = selectedCount > 0 && !all;
  useEffect(() => {
    // "Some selected" has no HTML attribute; screen readers announce it as "mixed".
    if (selectAllRef.current) selectAllRef.current.indeterminate = some;
  }, [some]);

  return (
    <div className="sticky top-0 z-10 flex flex-col gap-2 rounded-xl border border-line bg-surface-raised p-3 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <label className="flex min-h-11 cursor-pointer items-center gap-2 font-medium">
          <input
            ref={selectAllRef}
            type="checkbox"
            checked={all}
            disabled={busy}
            onChange={(e) => onSelectAll(e.target.checked)}
            className="size-5 accent-accent"
            data-testid="verify-select-all"
          />
          {t('verify.bulk.selectAll')}
        </label>
        <Button
          onClick={onVerifySelected}
          disabled={busy || selectedCount === 0}
          data-testid="verify-selected"
          className="w-full sm:w-auto"
        >
          {t('verify.bulk.verifySelected', { count: selectedCount })}
        </Button>
      </div>
      {children}
    </div>
  );
}
