// The budget S-curve (recharts): planned and realised spend and physical progress per month.
// Loaded lazily so the chart library is not in the wall's initial bundle; animation is off (a wall
// re-renders all day) and the data is memoised by the caller.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SCurvePoint } from '../../types/SCurvePoint';

const SERIES = [
  { key: 'plannedSpend', color: 'var(--color-ink-muted)', dashed: true },
  { key: 'realisedSpend', color: 'var(--color-accent)', dashed: false },
  { key: 'plannedPhysical', color: 'var(--color-band-yellow)', dashed: true },
  { key: 'realisedPhysical', color: 'var(--color-band-green)', dashed: false },
] as const;

export function BudgetSCurve({ points, monthLabels }: { points: SCurvePoint[]; monthLabels: string[] }) {
  const { t } = useTranslation();
  // Axis room follows the wall's smallest type size (--text-wall-xs), which recharts cannot read.
  const [tickPx] = useState(() =>
    Math.max(24, Math.min(window.innerWidth * 0.0125, window.innerHeight * 0.02222)),
  );
  return (
    <div className="flex h-full min-h-0 flex-col gap-[0.5vh]">
      <ul className="flex flex-wrap gap-x-[1.5em] gap-y-1 text-wall-xs">
        {SERIES.map((s) => (
          <li key={s.key} className="flex items-center gap-[0.4em]">
            <svg aria-hidden viewBox="0 0 40 10" className="h-[0.4em] w-[1.6em] shrink-0">
              <line
                x1="0"
                y1="5"
                x2="40"
                y2="5"
                stroke={s.color}
                strokeWidth="4"
                strokeDasharray={s.dashed ? '8 5' : undefined}
              />
            </svg>
            {t(`wall.budget.series.${s.key}`)}
          </li>
        ))}
      </ul>
      <div className="min-h-0 flex-1 [&_.recharts-text]:fill-ink-muted [&_.recharts-text]:text-wall-xs">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 10, right: Math.round(tickPx * 1.4), bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 6" vertical={false} />
            <XAxis
              dataKey="month"
              tickFormatter={(m: number) => monthLabels[m - 1] ?? String(m)}
              stroke="var(--color-line)"
              interval={0}
              tickMargin={Math.round(tickPx / 3)}
              height={Math.round(tickPx * 2)}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(v: number) => `${v}%`}
              stroke="var(--color-line)"
              width={Math.round(tickPx * 3.6)}
            />
            {SERIES.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                stroke={s.color}
                strokeWidth={Math.max(3, Math.round(tickPx / 6))}
                strokeDasharray={s.dashed ? '10 6' : undefined}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
