// A value's uploaded files, each with its name and size and a button that downloads it through the API.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../utils/formatFileSize';
import { downloadEvidenceFile } from '../utils/downloadEvidenceFile';

export interface EvidenceFileItem {
  id: string;
  url: string;
  name?: string | null;
  title: string;
  size?: number | null;
}

export function EvidenceFileList({ files, testId }: { files: readonly EvidenceFileItem[]; testId?: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  if (files.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-1" data-testid={testId}>
        {files.map((file) => {
          const name = file.name ?? file.title;
          return (
            <li key={file.id}>
              <button
                type="button"
                className="text-left text-accent underline underline-offset-2 break-all"
                onClick={() => {
                  setFailed(null);
                  void downloadEvidenceFile(file.url, name).then((ok) => setFailed(ok ? null : file.id));
                }}
              >
                <span className="sr-only">{t('evidence.download')} </span>
                {t('evidence.fileLabel', { name, size: formatFileSize(file.size) })}
              </button>
              {failed === file.id ? (
                <span role="alert" className="ml-2 text-sm text-danger">
                  {t('evidence.downloadFailed')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
