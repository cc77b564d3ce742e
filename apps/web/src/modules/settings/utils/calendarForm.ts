// The reporting calendar's form: per frequency the day the entry window opens, the due day and the
// grace days (empty: the period never locks itself), read as whole numbers. Ranges and the order
// of the days are the API's to check; its answer names the field `reportingCalendar.<row>.<day>`.
import type { FieldError } from '../../../ui/form/FieldError';
import type { Frequency } from '../../../gql/graphql';

export const CALENDAR_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY'] as const;
export const CALENDAR_DAYS = ['openDay', 'dueDay', 'graceDays'] as const;

type CalendarDay = (typeof CALENDAR_DAYS)[number];

export interface CalendarRule {
  frequency: Frequency;
  openDay: number;
  dueDay: number;
  graceDays: number | null;
}

export type CalendarDraft = Record<Frequency, Record<CalendarDay, string>>;

/** The form's field for a day of a frequency's row (the API names the same field). */
export const calendarField = (frequency: Frequency, day: CalendarDay) =>
  `reportingCalendar.${CALENDAR_FREQUENCIES.indexOf(frequency)}.${day}`;

export function calendarDraftOf(rules: readonly CalendarRule[]): CalendarDraft {
  const draft = {} as CalendarDraft;
  for (const frequency of CALENDAR_FREQUENCIES) {
    const rule = rules.find((r) => r.frequency === frequency);
    draft[frequency] = {
      openDay: rule ? String(rule.openDay) : '',
      dueDay: rule ? String(rule.dueDay) : '',
      graceDays: rule?.graceDays == null ? '' : String(rule.graceDays),
    };
  }
  return draft;
}

const WHOLE = /^\d+$/;

export function readCalendar(draft: CalendarDraft): { errors: FieldError[]; rules: CalendarRule[] | null } {
  const errors: FieldError[] = [];
  const rules: CalendarRule[] = [];
  for (const frequency of CALENDAR_FREQUENCIES) {
    const row = draft[frequency];
    const [openDay, dueDay, grace] = CALENDAR_DAYS.map((day) => row[day].trim());
    for (const [day, text] of [
      ['openDay', openDay],
      ['dueDay', dueDay],
    ] as const)
      if (!WHOLE.test(text ?? ''))
        errors.push({ field: calendarField(frequency, day), key: 'settings.errors.wholeDay' });
    if (grace && !WHOLE.test(grace))
      errors.push({ field: calendarField(frequency, 'graceDays'), key: 'settings.errors.wholeGrace' });
    rules.push({
      frequency,
      openDay: Number(openDay),
      dueDay: Number(dueDay),
      graceDays: grace ? Number(grace) : null,
    });
  }
  return { errors, rules: errors.length === 0 ? rules : null };
}
