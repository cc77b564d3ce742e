// `/admin/settings`: a tenant's scoring rules — traffic-light thresholds, the achievement cap,
// predikat bands, ranking weights, budget deviation levels, and the reporting calendar (its own
// form). Saving recomputes every score of the tenant; the API checks the orderings between fields.
// Whether administrators and leaders must use two-step verification is a switch of its own.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import type { FieldError } from '../../../ui/form/FieldError';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { TenantPicker } from '../../../ui/TenantPicker';
import {
  SettingsTenantsDocument,
  TenantSettingsFormDocument,
} from '../graphql/tenantSettingsQuery.generated';
import { UpdateTenantSettingsDocument } from '../graphql/updateTenantSettingsMutation.generated';
import { ReportingCalendarForm } from './ReportingCalendarForm';
import { PhotoMetadataForm } from './PhotoMetadataForm';
import { TwoFactorRequirementForm } from './TwoFactorRequirementForm';
import {
  draftOf,
  readSettings,
  SETTINGS_FIELDS,
  SETTINGS_GROUPS,
  type SettingsDraft,
  type SettingsField,
} from '../utils/settingsForm';
import { settingsRefusalOf } from '../utils/settingsRefusalOf';

const refusalOf = (error: unknown): FieldError =>
  settingsRefusalOf(error, (field) => SETTINGS_FIELDS.includes(field as SettingsField));

export function TenantSettingsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const tenants = useQuery(SettingsTenantsDocument);
  const [tenantId, setTenantId] = useState('');
  const chosen = tenantId || tenants.data?.tenants[0]?.id || '';
  const settings = useQuery(TenantSettingsFormDocument, { variables: { tenantId: chosen }, skip: !chosen });
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const [update, { loading }] = useMutation(UpdateTenantSettingsDocument);
  const messageOf = fieldMessages(errors, t);

  const stored = settings.data?.tenantSettings;
  useEffect(() => {
    if (stored) setDraft(draftOf(stored));
  }, [stored]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setSaved(null);
    const { errors: found, values } = readSettings(draft);
    setErrors(found);
    if (!values) return;
    try {
      const result = await update({
        variables: { input: { tenantId: chosen, ...values, clientMutationId: newMutationId() } },
      });
      setSaved(result.data!.updateTenantSettings.rebuiltSnapshots);
      await settings.refetch();
    } catch (error) {
      setErrors([refusalOf(error)]);
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{t('settings.title')}</h2>
      <p className="text-ink-muted">{t('settings.explain')}</p>
      <TenantPicker
        label={t('settings.tenant')}
        tenants={tenants.data?.tenants ?? []}
        value={chosen}
        onChange={setTenantId}
      />
      {!draft ? <LoadingState /> : null}
      {draft ? (
        <form
          noValidate
          onSubmit={(e) => void onSubmit(e)}
          data-testid="settings-form"
          className="flex flex-col gap-4"
        >
          {Object.entries(SETTINGS_GROUPS).map(([group, fields]) => (
            <fieldset
              key={group}
              className="grid gap-3 rounded-lg border border-line bg-surface-raised p-4 sm:grid-cols-2"
            >
              <legend className="px-1 font-semibold">{t(`settings.groups.${group}`)}</legend>
              {fields.map((field) => {
                const error = messageOf(field);
                return (
                  <div key={field} className="flex flex-col gap-1">
                    <label htmlFor={`${id}-${field}`} className="font-medium">
                      {t(`settings.fields.${field}`)}
                    </label>
                    <input
                      id={`${id}-${field}`}
                      inputMode="decimal"
                      value={draft[field]}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-${field}-error` : undefined}
                      onChange={(e) => setDraft((d) => (d ? { ...d, [field]: e.target.value } : d))}
                      className={INPUT_CLASS}
                    />
                    <FieldMessage
                      id={`${id}-${field}-error`}
                      message={error}
                      testId={`settings-error-${field}`}
                    />
                  </div>
                );
              })}
            </fieldset>
          ))}
          {messageOf('form') ? (
            <Notice tone="error" testId="settings-error-form">
              {messageOf('form')}
            </Notice>
          ) : null}
          {saved !== null ? (
            <Notice tone="info" testId="settings-saved">
              {t('settings.saved', { count: saved, formatted: saved.toLocaleString(locale) })}
            </Notice>
          ) : null}
          <div>
            <Button type="submit" disabled={loading}>
              {loading ? t('settings.saving') : t('settings.save')}
            </Button>
          </div>
        </form>
      ) : null}
      {stored ? (
        <TwoFactorRequirementForm
          tenantId={chosen}
          required={stored.requireTwoFactorForAdmins}
          onSaved={() => settings.refetch()}
        />
      ) : null}
      {stored ? (
        <PhotoMetadataForm
          tenantId={chosen}
          keep={stored.keepPhotoMetadata}
          onSaved={() => settings.refetch()}
        />
      ) : null}
      {stored ? (
        <ReportingCalendarForm
          tenantId={chosen}
          rules={stored.reportingCalendar}
          onSaved={() => settings.refetch()}
        />
      ) : null}
    </div>
  );
}
