// A titled surface for a group of figures (desk pages and wall panels alike).
import type { ReactNode } from 'react';

export function Card({
  title,
  children,
  className = '',
}: {
  title?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`rounded-xl border border-line bg-surface-raised p-4 ${className}`}>
      {title ? <h2 className="mb-3 font-semibold text-ink-muted">{title}</h2> : null}
      {children}
    </section>
  );
}
