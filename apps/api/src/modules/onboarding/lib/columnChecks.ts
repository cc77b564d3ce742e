// Cell rules and names the onboarding templates share.
import { orgUnitInput } from '../../orgAdmin/lib/orgInputs';

export const maxLength = (max: number) => (text: string) => (text.length > max ? 'tooLong' : null);

/** A unit code as the organisation admin accepts it. */
export const unitCode = (text: string) =>
  orgUnitInput.shape.code.safeParse(text).success ? null : 'unitCode';

/** Month names as the templates' headers write them (Target Jan, Keuangan Jan, …). */
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des',
];
