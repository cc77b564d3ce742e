// A quiet button that opens a panel under a list row (edit, delete, targets…). The row's code is
// read after the label so a screen reader tells the rows' buttons apart.
import type { ReactNode } from 'react';
import { Button } from './Button';

export function RowToggleButton({
  id,
  open,
  rowLabel,
  testId,
  onClick,
  children,
}: {
  id?: string;
  open: boolean;
  rowLabel: string;
  testId?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button id={id} tone="quiet" aria-expanded={open} data-testid={testId} onClick={onClick}>
      {children}
      <span className="sr-only"> {rowLabel}</span>
    </Button>
  );
}
