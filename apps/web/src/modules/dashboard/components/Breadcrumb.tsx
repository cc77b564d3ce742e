// The drill-down path of a page (province → OPD → bidang → seksi → official → indicator); every
// step links to its page, the last one is the page itself.
import { useTranslation } from 'react-i18next';
import { DrillLink } from './DrillLink';

export interface Crumb {
  id: string;
  name: string;
  to: string;
}

export function Breadcrumb({ items }: { items: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('drill.breadcrumb')} data-testid="breadcrumb" className="min-w-0">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${item.id}-${i}`} className="flex min-w-0 items-center gap-1">
              <DrillLink
                to={item.to}
                data-testid="breadcrumb-item"
                data-node-id={item.id}
                aria-current={last ? 'page' : undefined}
                className={`break-words rounded px-0.5 focus-visible:outline-2 focus-visible:outline-accent ${
                  last ? 'font-semibold text-ink' : 'text-accent underline'
                }`}
              >
                {item.name}
              </DrillLink>
              {last ? null : (
                <span aria-hidden className="text-ink-muted">
                  ›
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
