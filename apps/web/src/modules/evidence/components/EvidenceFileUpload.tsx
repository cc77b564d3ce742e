// The entry form's file evidence: the value's uploaded files, and a file input (photo from the
// phone's camera or gallery, or a PDF) that uploads once the value exists.
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { evidenceUploadErrorKey } from '../utils/evidenceUploadErrorKey';
import { uploadEvidenceFile, type EvidenceUploadTarget } from '../utils/uploadEvidenceFile';
import { EvidenceFileList, type EvidenceFileItem } from './EvidenceFileList';

export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

type Status = { kind: 'idle' } | { kind: 'uploading'; name: string } | { kind: 'done'; name: string };

export function EvidenceFileUpload({
  target,
  files,
  onUploaded,
}: {
  /** Null until the value is saved: a file needs a value to support. */
  target: EvidenceUploadTarget | null;
  files: readonly EvidenceFileItem[];
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const chosen = [...(input.files ?? [])];
    if (!target || chosen.length === 0) return;
    setError(null);
    let uploaded = false;
    for (const file of chosen) {
      setStatus({ kind: 'uploading', name: file.name });
      const result = await uploadEvidenceFile(target, file);
      if (!result.ok) {
        const { key, params } = evidenceUploadErrorKey(result.refusal);
        setError(t(key, { ...params, name: file.name }));
        setStatus({ kind: 'idle' });
        break;
      }
      uploaded = true;
      setStatus({ kind: 'done', name: file.name });
    }
    input.value = '';
    if (uploaded) onUploaded();
  };

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{t('evidence.files')}</legend>
      {files.length === 0 ? <p className="text-sm text-ink-muted">{t('evidence.noFiles')}</p> : null}
      <EvidenceFileList files={files} testId="entry-evidence-files" />
      {target ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-file`} className="text-sm">
            {t('evidence.upload')}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            disabled={status.kind === 'uploading'}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-file-hint${error ? ` ${id}-file-error` : ''}`}
            onChange={(e) => void onChange(e)}
            className="text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-line file:bg-transparent file:px-4"
          />
          <p id={`${id}-file-hint`} className="text-sm text-ink-muted">
            {t('evidence.uploadHint')}
          </p>
          <p aria-live="polite" className="text-sm">
            {status.kind === 'uploading'
              ? t('evidence.uploading', { name: status.name })
              : status.kind === 'done'
                ? t('evidence.uploaded', { name: status.name })
                : null}
          </p>
          <FieldMessage id={`${id}-file-error`} message={error} testId="entry-error-file" />
        </div>
      ) : (
        <p className="text-sm text-ink-muted">{t('evidence.saveFirst')}</p>
      )}
    </fieldset>
  );
}
