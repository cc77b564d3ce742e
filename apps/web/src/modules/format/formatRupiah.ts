// Money as `Rp 1.234.567`: the API sends integer Rupiah as decimal digits that may exceed 2^53,
// so they are grouped as a BigInt, never through a float.
const grouping = new Map<string, Intl.NumberFormat>();

/** Formats a string of integer Rupiah ("-1234567" → "-Rp 1.234.567"); anything else is an em dash. */
export function formatRupiah(value: string | null | undefined, locale = 'id-ID'): string {
  if (value == null || !/^-?\d+$/.test(value.trim())) return '—';
  const amount = BigInt(value.trim());
  let formatter = grouping.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    grouping.set(locale, formatter);
  }
  const negative = amount < 0n;
  // A non-breaking space keeps "Rp" on the same line as its digits.
  const text = `Rp\u00a0${formatter.format(negative ? -amount : amount)}`;
  return negative ? `-${text}` : text;
}
