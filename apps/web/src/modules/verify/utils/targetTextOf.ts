// The month's target as the queue shows it: a range `low–high` for a STABILIZE indicator, else
// the single target, with the indicator's unit; an em dash when there is none.
import { formatNumber } from '../../format/formatNumber';
import type { VerificationItem } from '../types/VerificationItem';

export function targetTextOf(
  item: Pick<VerificationItem, 'target' | 'low' | 'high' | 'unit'>,
  locale = 'id-ID',
): string {
  if (item.low != null && item.high != null)
    return `${formatNumber(item.low, 2, locale)}–${formatNumber(item.high, 2, locale)} ${item.unit}`;
  if (item.target != null) return `${formatNumber(item.target, 2, locale)} ${item.unit}`;
  return '—';
}
