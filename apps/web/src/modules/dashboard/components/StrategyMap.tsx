// The strategy map: objectives in rows by perspective (stakeholder at the top, learning and growth
// at the bottom), coloured by band, with the cause–effect arrows drawn over them from the boxes'
// measured positions. Clicking an objective shows its indicators; the links are also listed in
// words for screen readers.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { BandDot } from '../../../ui/BandDot';
import { bandClasses } from '../../../ui/bandClasses';
import { formatNumber } from '../../format/formatNumber';
import type { MapLink, MapObjective } from '../types/MapObjective';
import { strategyMapArrows, strategyMapRows, type Box } from '../utils/strategyMapLayout';

export function StrategyMap({
  objectives,
  links,
  selectedId,
  onSelect,
}: {
  objectives: readonly MapObjective[];
  links: readonly MapLink[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = useMemo(() => strategyMapRows(objectives), [objectives]);
  const containerRef = useRef<HTMLDivElement>(null);
  const boxRefs = useRef(new Map<string, HTMLElement>());
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [boxes, setBoxes] = useState<ReadonlyMap<string, Box>>(new Map());

  const measure = useCallback(() => {
    const container = containerRef.current;
    if (!container) return;
    const origin = container.getBoundingClientRect();
    const next = new Map<string, Box>();
    for (const [id, el] of boxRefs.current) {
      const r = el.getBoundingClientRect();
      next.set(id, { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
    }
    setSize({ width: origin.width, height: origin.height });
    setBoxes(next);
  }, []);

  useLayoutEffect(() => {
    measure();
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(container);
    return () => observer.disconnect();
  }, [measure, objectives]);

  const arrows = useMemo(() => strategyMapArrows(links, boxes), [links, boxes]);
  const byId = useMemo(() => new Map(objectives.map((o) => [o.id, o])), [objectives]);

  return (
    <div>
      <div ref={containerRef} className="relative flex flex-col gap-8" data-testid="strategy-map">
        <svg
          aria-hidden
          className="pointer-events-none absolute inset-0 overflow-visible text-ink-muted"
          width={size.width}
          height={size.height}
        >
          <defs>
            <marker
              id="strategy-map-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
            </marker>
          </defs>
          {arrows.map((a) => (
            <line
              key={a.key}
              data-testid="objective-link"
              x1={a.x1}
              y1={a.y1}
              x2={a.x2}
              y2={a.y2}
              stroke="currentColor"
              strokeWidth="2"
              markerEnd="url(#strategy-map-arrow)"
            />
          ))}
        </svg>
        {rows.map((row) => (
          <section key={row.perspective} aria-labelledby={`map-row-${row.perspective}`} className="relative">
            <h3 id={`map-row-${row.perspective}`} className="mb-2 text-sm font-semibold text-ink-muted">
              {t(`perspective.${row.perspective}`)}
            </h3>
            {row.objectives.length === 0 ? (
              <p className="text-sm text-ink-muted">{t('drill.map.noObjectives')}</p>
            ) : (
              <ul className="flex gap-3">
                {row.objectives.map((o) => {
                  const selected = o.id === selectedId;
                  return (
                    <li key={o.id} className="min-w-0 flex-1">
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) boxRefs.current.set(o.id, el);
                          else boxRefs.current.delete(o.id);
                        }}
                        data-testid="objective-node"
                        data-objective-id={o.id}
                        data-band={o.score.band}
                        data-score={o.score.value ?? ''}
                        aria-pressed={selected}
                        onClick={() => onSelect(selected ? null : o.id)}
                        className={`relative flex w-full flex-col items-start gap-1 rounded-lg border-2 bg-surface-raised p-2 text-left text-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent ${
                          bandClasses[o.score.band].border
                        } ${selected ? 'ring-2 ring-accent ring-offset-2' : ''}`}
                      >
                        <span className="font-semibold">{o.code}</span>
                        <span className="break-words">{o.name}</span>
                        <span className="flex items-center gap-1.5 font-semibold">
                          <BandDot band={o.score.band} />
                          {formatNumber(o.score.value, 2, locale)}
                          <span className="sr-only">{t(`band.${o.score.band}`)}</span>
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
      {links.length > 0 ? (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer rounded text-accent focus-visible:outline-2 focus-visible:outline-accent">
            {t('drill.map.linksTitle', { count: links.length })}
          </summary>
          <ul className="mt-2 list-disc pl-5">
            {links.map((l) => (
              <li key={`${l.from.id}>${l.to.id}`}>
                {t('drill.map.link', {
                  from: byId.get(l.from.id)?.code ?? '?',
                  to: byId.get(l.to.id)?.code ?? '?',
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
