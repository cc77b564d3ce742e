// A half-circle gauge (SVG, no chart library) for a score on 0–`max`; the arc is coloured by the
// band and the figure itself is rendered by the caller inside it.
import type { ReactNode } from 'react';
import type { Band } from '../gql/graphql';
import { bandClasses } from './bandClasses';

const RADIUS = 80;
const HALF_CIRCUMFERENCE = Math.PI * RADIUS;

export function Gauge({
  value,
  max = 120,
  band,
  label,
  children,
}: {
  value: number | null;
  max?: number;
  band: Band;
  label: string;
  children?: ReactNode;
}) {
  const share = value == null ? 0 : Math.min(1, Math.max(0, value / max));
  return (
    <div className="relative aspect-[2/1.15] w-full">
      <svg viewBox="0 0 200 115" className="absolute inset-0 size-full" role="img" aria-label={label}>
        <path
          d="M 20 100 A 80 80 0 0 1 180 100"
          fill="none"
          strokeWidth="18"
          strokeLinecap="round"
          className="stroke-line"
        />
        <path
          d="M 20 100 A 80 80 0 0 1 180 100"
          fill="none"
          strokeWidth="18"
          strokeLinecap="round"
          stroke="currentColor"
          strokeDasharray={`${share * HALF_CIRCUMFERENCE} ${HALF_CIRCUMFERENCE}`}
          className={`${bandClasses[band].text} transition-[stroke-dasharray] duration-700`}
        />
      </svg>
      <div className="absolute inset-x-0 bottom-0 flex flex-col items-center">{children}</div>
    </div>
  );
}
