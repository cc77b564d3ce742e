// Shows a figure and flashes it briefly when its value changes (not on first render). The span is
// remounted under a new key to restart the CSS animation: no timers to clean up.
import { useState, type ReactNode } from 'react';

export function FlashValue({
  value,
  children,
  className = '',
  testId,
}: {
  /** What identifies a change (e.g. the raw number); the children show it formatted. */
  value: string | number | null;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const [shown, setShown] = useState(value);
  const [changes, setChanges] = useState(0);
  if (value !== shown) {
    // Adjusting state during render (React's documented pattern for derived "previous" values).
    setShown(value);
    setChanges((n) => n + 1);
  }
  return (
    <span
      key={changes}
      data-testid={testId}
      data-value={value ?? ''}
      className={`rounded ${changes > 0 ? 'animate-flash' : ''} ${className}`}
    >
      {children}
    </span>
  );
}
