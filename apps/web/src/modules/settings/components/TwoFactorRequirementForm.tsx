// Whether the tenant requires two-step verification of its administrators and leaders: saved as
// soon as it is changed. Only an administrator who uses it may turn it on (the API says so).
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { Notice } from '../../../ui/Notice';
import { SetTwoFactorRequirementDocument } from '../graphql/setTwoFactorRequirementMutation.generated';

export function TwoFactorRequirementForm({
  tenantId,
  required,
  onSaved,
}: {
  tenantId: string;
  required: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [save, { loading }] = useMutation(SetTwoFactorRequirementDocument);
  const [status, setStatus] = useState<'saved' | 'ownFirst' | 'failed' | null>(null);

  const change = async (next: boolean) => {
    setStatus(null);
    try {
      await save({ variables: { input: { tenantId, required: next, clientMutationId: newMutationId() } } });
      await onSaved();
      setStatus('saved');
    } catch (error) {
      setStatus(apiErrorOf(error).rule === 'ownTwoFactorFirst' ? 'ownFirst' : 'failed');
    }
  };

  return (
    <fieldset className="flex flex-col gap-2 rounded-lg border border-line bg-surface-raised p-4">
      <legend className="px-1 font-semibold">{t('settings.twoFactor.title')}</legend>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          className="size-5"
          checked={required}
          disabled={loading}
          onChange={(event) => void change(event.target.checked)}
        />
        <label htmlFor={id}>{t('settings.twoFactor.label')}</label>
      </div>
      <p className="text-sm text-ink-muted">{t('settings.twoFactor.hint')}</p>
      {status === 'saved' ? <Notice tone="info">{t('settings.twoFactor.saved')}</Notice> : null}
      {status === 'ownFirst' ? <Notice tone="error">{t('settings.twoFactor.ownFirst')}</Notice> : null}
      {status === 'failed' ? <Notice tone="error">{t('settings.twoFactor.failed')}</Notice> : null}
    </fieldset>
  );
}
