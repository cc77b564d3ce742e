// Reads a number typed the Indonesian way: comma decimals and dot thousands ("1.234,5"), and
// also a plain "12.5" from keyboards that only offer a point. Anything else is not a number.
const THOUSANDS_ONLY = /^-?\d{1,3}(\.\d{3})+$/;

export function parseDecimal(text: string): number | null {
  const raw = text.trim().replace(/\s/g, '');
  if (raw === '') return null;
  let normalised: string;
  if (raw.includes(',')) {
    // "1.234,5": dots group thousands, the one comma is the decimal mark.
    if (raw.indexOf(',') !== raw.lastIndexOf(',')) return null;
    const [whole = '', fraction = ''] = raw.split(',');
    if (whole.includes('.') && !THOUSANDS_ONLY.test(whole)) return null;
    normalised = `${whole.replace(/\./g, '')}.${fraction}`;
  } else if (THOUSANDS_ONLY.test(raw)) {
    normalised = raw.replace(/\./g, '');
  } else {
    normalised = raw;
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Whole Rupiah as digits ("Rp 1.250.000" → "1250000"); null when it has a fraction or a sign. */
export function parseRupiah(text: string): string | null {
  const raw = text
    .trim()
    .replace(/^rp\.?/i, '')
    .replace(/\s/g, '');
  if (raw === '') return null;
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(raw)) return null;
  const digits = raw.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  return digits.length > 18 ? null : digits;
}
