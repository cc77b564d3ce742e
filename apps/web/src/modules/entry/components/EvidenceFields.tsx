// The value's supporting documents: a title and a web address each, added and removed in place.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import type { EvidenceDraft } from '../types/MeasurementDraft';
import { LIMITS } from '../utils/validateMeasurement';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';

export function EvidenceFields({
  idPrefix,
  links,
  onChange,
  messageOf,
}: {
  idPrefix: string;
  links: readonly EvidenceDraft[];
  onChange: (links: EvidenceDraft[]) => void;
  messageOf: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<EvidenceDraft>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...change } : link)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{t('entry.form.evidence')}</legend>
      {links.length === 0 ? <p className="text-sm text-ink-muted">{t('entry.form.noEvidence')}</p> : null}
      {links.map((link, i) => {
        const titleId = `${idPrefix}-ev${i}-title`;
        const urlId = `${idPrefix}-ev${i}-url`;
        const titleError = messageOf(`evidence.${i}.title`);
        const urlError = messageOf(`evidence.${i}.url`);
        return (
          <div key={i} className="grid gap-2 rounded-lg border border-line p-2 sm:grid-cols-[1fr_2fr_auto]">
            <div className="flex flex-col gap-1">
              <label htmlFor={titleId} className="text-sm">
                {t('entry.form.evidenceTitle', { n: i + 1 })}
              </label>
              <input
                id={titleId}
                value={link.title}
                maxLength={LIMITS.title + 1}
                aria-invalid={titleError ? true : undefined}
                aria-describedby={titleError ? `${titleId}-error` : undefined}
                onChange={(e) => set(i, { title: e.target.value })}
                className={INPUT_CLASS}
              />
              <FieldMessage
                id={`${titleId}-error`}
                message={titleError}
                testId={`entry-error-evidence.${i}.title`}
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={urlId} className="text-sm">
                {t('entry.form.evidenceUrl', { n: i + 1 })}
              </label>
              <input
                id={urlId}
                type="url"
                inputMode="url"
                value={link.url}
                placeholder="https://"
                aria-invalid={urlError ? true : undefined}
                aria-describedby={urlError ? `${urlId}-error` : undefined}
                onChange={(e) => set(i, { url: e.target.value })}
                className={INPUT_CLASS}
              />
              <FieldMessage
                id={`${urlId}-error`}
                message={urlError}
                testId={`entry-error-evidence.${i}.url`}
              />
            </div>
            <div className="flex items-end">
              <Button tone="quiet" onClick={() => onChange(links.filter((_, j) => j !== i))}>
                {t('entry.form.removeEvidence', { n: i + 1 })}
              </Button>
            </div>
          </div>
        );
      })}
      {links.length < LIMITS.evidence ? (
        <div>
          <Button tone="quiet" onClick={() => onChange([...links, { title: '', url: '' }])}>
            {t('entry.form.addEvidence')}
          </Button>
        </div>
      ) : null}
      <FieldMessage id={`${idPrefix}-evidence-error`} message={messageOf('evidence')} />
    </fieldset>
  );
}
