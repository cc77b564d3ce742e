// What an entry was, in words, with the period it names and a link to where it lives.
import { Link } from 'react-router';
import type { AuditEntryView } from '../types/AuditEntryView';

const linkClass = 'rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent';

export function AuditWhat({ view }: { view: AuditEntryView }) {
  return (
    <div className="flex flex-col gap-0.5">
      <span data-testid="audit-what" className="font-semibold">
        {view.what}
      </span>
      {view.period ? <span className="text-ink-muted">{view.period}</span> : null}
      {view.link ? (
        <Link to={view.link.path} className={`${linkClass} self-start`} data-testid="audit-link">
          {view.link.label}
        </Link>
      ) : null}
    </div>
  );
}
