// The tenant's reporting calendar: per frequency the day the entry window opens, the due day and
// the grace days before the period locks itself (days of the month after the period ends, in the
// tenant's time zone). Saving recomputes the tenant's timeliness with the new due days.
import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { FormFrame } from '../../../ui/form/FormFrame';
import { FormInput } from '../../../ui/form/FormInput';
import { useForm } from '../../../ui/form/useForm';
import { Notice } from '../../../ui/Notice';
import { UpdateTenantSettingsDocument } from '../graphql/updateTenantSettingsMutation.generated';
import {
  CALENDAR_DAYS,
  CALENDAR_FREQUENCIES,
  calendarDraftOf,
  calendarField,
  readCalendar,
  type CalendarDraft,
  type CalendarRule,
} from '../utils/calendarForm';
import { settingsRefusalOf } from '../utils/settingsRefusalOf';

const calendarErrorOf = (error: unknown): FormMessage =>
  settingsRefusalOf(error, (field) => field.startsWith('reportingCalendar.'));

export function ReportingCalendarForm({
  tenantId,
  rules,
  onSaved,
}: {
  tenantId: string;
  rules: readonly CalendarRule[];
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm({ errorOf: calendarErrorOf, testIdPrefix: 'calendar' });
  const [draft, setDraft] = useState<CalendarDraft>(() => calendarDraftOf(rules));
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateTenantSettingsDocument);

  useEffect(() => setDraft(calendarDraftOf(rules)), [rules]);

  const submit = async () => {
    setSaved(false);
    const read = readCalendar(draft);
    const done = await form.sendChecked(read.errors, read.rules, (reportingCalendar, clientMutationId) =>
      update({ variables: { input: { tenantId, reportingCalendar, clientMutationId } } }),
    );
    if (done) {
      setSaved(true);
      await onSaved();
    }
  };

  return (
    <FormFrame
      form={form}
      testId="calendar-form"
      title={t('settings.groups.calendar')}
      headingLevel={3}
      intro={t('settings.calendar.explain')}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface-raised p-4"
      submitLabel={form.sending ? t('settings.saving') : t('settings.calendar.save')}
      onSubmit={submit}
      footer={
        saved ? (
          <Notice tone="info" testId="calendar-saved">
            {t('settings.calendar.saved')}
          </Notice>
        ) : null
      }
    >
      {CALENDAR_FREQUENCIES.map((frequency) => (
        <fieldset key={frequency} className="grid gap-3 sm:grid-cols-3">
          <legend className="mb-1 font-medium">{t(`frequency.${frequency}`)}</legend>
          {CALENDAR_DAYS.map((day) => (
            <FormInput
              key={day}
              form={form}
              field={calendarField(frequency, day)}
              label={t(`settings.calendar.${day}`)}
              inputMode="numeric"
              autoComplete="off"
              value={draft[frequency][day]}
              onChange={(e) =>
                setDraft((d) => ({ ...d, [frequency]: { ...d[frequency], [day]: e.target.value } }))
              }
            />
          ))}
        </fieldset>
      ))}
    </FormFrame>
  );
}
