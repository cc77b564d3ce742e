// A table container that scrolls sideways on narrow screens instead of widening the page; it is
// focusable (and named) so keyboard users can scroll it too.
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg focus-visible:outline-2 focus-visible:outline-accent"
    >
      {children}
    </div>
  );
}
