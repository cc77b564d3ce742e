// Checks a NIP (Nomor Induk Pegawai) with the API's rules: 18 digits made of the birth date
// (YYYYMMDD, digits 1–8), the appointment month (YYYYMM, digits 9–14), the sex (1 or 2, digit 15)
// and a sequence number. Spaces, as NIPs are often printed ("19850712 201001 1 001"), are ignored.
import type { FormMessage } from '../../../ui/form/FormMessage';

export type NipRule = 'required' | 'digits' | 'birthDate' | 'appointment' | 'sex';

const NIP_RULE_KEYS: Record<NipRule, string> = {
  required: 'org.errors.nipRequired',
  digits: 'org.errors.nipDigits',
  birthDate: 'org.errors.nipBirthDate',
  appointment: 'org.errors.nipAppointment',
  sex: 'org.errors.nipSex',
};

/** Years before this are typing mistakes, not birth or appointment years. */
const FIRST_YEAR = 1900;

export function normalizeNip(text: string): string {
  return text.replace(/\s/g, '');
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= FIRST_YEAR &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** The first rule the NIP breaks, or null when it is well formed. */
export function nipRuleBroken(text: string): NipRule | null {
  const nip = normalizeNip(text);
  if (nip === '') return 'required';
  if (!/^\d{18}$/.test(nip)) return 'digits';
  const digits = (from: number, to: number) => Number(nip.slice(from - 1, to));
  if (!isCalendarDate(digits(1, 4), digits(5, 6), digits(7, 8))) return 'birthDate';
  const appointmentMonth = digits(13, 14);
  if (digits(9, 12) < FIRST_YEAR || appointmentMonth < 1 || appointmentMonth > 12) return 'appointment';
  if (nip[14] !== '1' && nip[14] !== '2') return 'sex';
  return null;
}

export function nipMessageOf(rule: NipRule): string {
  return NIP_RULE_KEYS[rule];
}

export function validateNip(text: string): FormMessage[] {
  const rule = nipRuleBroken(text);
  return rule ? [{ field: 'nip', key: nipMessageOf(rule) }] : [];
}
