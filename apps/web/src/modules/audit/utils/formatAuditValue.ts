// A changed field's value as text in the UI language: numbers exactly as recorded in the locale's
// format (12,5 in id-ID: an audit must not round), Rupiah grouped, coded values from the catalogs.
import { formatMonth } from '../../format/formatMonth';
import { formatRupiah } from '../../format/formatRupiah';
import type { AuditValue } from '../types/AuditValue';

export type Translate = (key: string, options?: { defaultValue?: string }) => string;

const formatters = new Map<string, Intl.NumberFormat>();

function exactNumber(value: number, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}

export function formatAuditValue(value: AuditValue, t: Translate, locale = 'id-ID'): string {
  switch (value.kind) {
    case 'empty':
      return '—';
    case 'number':
      return exactNumber(value.value, locale);
    case 'percent':
      return `${exactNumber(value.value, locale)}%`;
    case 'rupiah':
      return formatRupiah(value.value, locale);
    case 'label':
      return t(value.key, { defaultValue: value.raw });
    case 'boolean':
      return t(value.value ? 'audit.value.yes' : 'audit.value.no');
    case 'targets':
      return value.items
        .map(
          (t) =>
            `${formatMonth(t.month, locale, 'short')} ${
              t.value !== null
                ? exactNumber(t.value, locale)
                : `${exactNumber(t.low ?? 0, locale)}–${exactNumber(t.high ?? 0, locale)}`
            }`,
        )
        .join(' · ');
    case 'text':
    case 'json':
      return value.value;
  }
}
