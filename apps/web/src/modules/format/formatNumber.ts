// Numbers as Indonesian readers expect them: `1.234,56` (id-ID grouping and decimal comma).
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats `value` with a fixed number of decimals (2 by default); null/NaN become an em dash. */
export function formatNumber(value: number | null | undefined, decimals = 2, locale = 'id-ID'): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const key = `${locale}/${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Cached per locale and precision: building an Intl formatter is far costlier than using one.
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  // Avoid "-0,00" for tiny negative values that round to zero.
  const text = formatter.format(value);
  return /^-0([.,]0+)?$/.test(text) ? text.slice(1) : text;
}
