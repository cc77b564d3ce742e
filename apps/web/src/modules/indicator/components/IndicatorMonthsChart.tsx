// Targets and realisation by month (recharts), loaded lazily with the indicator page.
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../format/formatNumber';

export interface MonthPoint {
  month: number;
  target: number | null;
  value: number | null;
}

export function IndicatorMonthsChart({
  points,
  monthLabels,
  locale,
  names,
}: {
  points: MonthPoint[];
  monthLabels: string[];
  locale: string;
  names: { target: string; value: string };
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={points} margin={{ top: 10, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 6" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={(m: number) => monthLabels[m - 1] ?? String(m)}
          stroke="var(--color-ink-muted)"
        />
        <YAxis
          tickFormatter={(v: number) => formatNumber(v, 0, locale)}
          stroke="var(--color-ink-muted)"
          width={52}
        />
        <Tooltip
          formatter={(v) => formatNumber(typeof v === 'number' ? v : null, 2, locale)}
          labelFormatter={(m) => monthLabels[Number(m) - 1] ?? String(m)}
        />
        <Legend />
        <Bar dataKey="value" name={names.value} fill="var(--color-accent)" isAnimationActive={false} />
        <Line
          dataKey="target"
          name={names.target}
          stroke="var(--color-band-yellow)"
          strokeWidth={3}
          strokeDasharray="6 4"
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
