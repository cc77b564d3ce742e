// The score-by-month line chart (recharts), loaded lazily with the page that shows it.
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../format/formatNumber';
import type { TrendPoint } from '../utils/trendPoints';

export function ScoreTrendChart({
  points,
  monthLabels,
  locale,
  seriesName,
}: {
  points: TrendPoint[];
  monthLabels: string[];
  locale: string;
  seriesName: string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 10, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 6" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={(m: number) => monthLabels[m - 1] ?? String(m)}
          stroke="var(--color-ink-muted)"
        />
        <YAxis
          domain={[0, 'auto']}
          tickFormatter={(v: number) => formatNumber(v, 0, locale)}
          stroke="var(--color-ink-muted)"
          width={44}
        />
        <ReferenceLine y={100} stroke="var(--color-band-green)" strokeDasharray="6 4" />
        <ReferenceLine y={80} stroke="var(--color-band-yellow)" strokeDasharray="6 4" />
        <Tooltip
          formatter={(v) => formatNumber(typeof v === 'number' ? v : null, 2, locale)}
          labelFormatter={(m) => monthLabels[Number(m) - 1] ?? String(m)}
        />
        <Line
          dataKey="value"
          name={seriesName}
          stroke="var(--color-accent)"
          strokeWidth={3}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
