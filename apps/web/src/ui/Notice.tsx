// A message block: `alert` for errors (announced at once), `status` for information.
import type { ReactNode } from 'react';

export function Notice({
  tone,
  children,
  className = '',
  testId,
}: {
  tone: 'error' | 'info';
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const look = tone === 'error' ? 'border-danger text-danger' : 'border-accent text-ink';
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
      className={`rounded-lg border-l-4 bg-surface-raised px-4 py-3 ${look} ${className}`}
    >
      {children}
    </div>
  );
}
