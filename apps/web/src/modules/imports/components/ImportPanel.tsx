// Importing a sheet: choose an XLSX or CSV file, see every row the API refuses and why (nothing
// is written yet), then apply the whole file at once. A file with any bad row is never applied.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { ImportKind } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { FileField } from '../../../ui/FileField';
import { Notice } from '../../../ui/Notice';
import { TableScroll } from '../../../ui/TableScroll';
import { ImportSheetDocument, type ImportSheetMutation } from '../graphql/importSheetMutation.generated';
import { fileToBase64, formatOf, MAX_IMPORT_BYTES, type SheetFormat } from '../utils/fileToBase64';

type Report = ImportSheetMutation['importSheet'];

interface Chosen {
  name: string;
  format: SheetFormat;
  contentBase64: string;
}

export function ImportPanel({
  kind,
  template,
  onApplied,
}: {
  kind: ImportKind;
  /** A download of the sheet to fill in, when the page has one. */
  template?: ReactNode;
  onApplied: () => unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [run, { loading }] = useMutation(ImportSheetDocument);

  const send = async (file: Chosen, dryRun: boolean) => {
    setError(null);
    try {
      const result = await run({
        variables: {
          input: {
            kind,
            format: file.format,
            contentBase64: file.contentBase64,
            dryRun,
            clientMutationId: dryRun ? null : newMutationId(),
          },
        },
      });
      const next = result.data!.importSheet;
      setReport(next);
      if (next.applied) await onApplied();
    } catch {
      setError(t('imports.errors.failed'));
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setReport(null);
    setChosen(null);
    if (!file) return;
    const format = formatOf(file.name);
    if (!format) return setError(t('imports.errors.format'));
    if (file.size > MAX_IMPORT_BYTES) return setError(t('imports.errors.size'));
    const next = { name: file.name, format, contentBase64: await fileToBase64(file) };
    setChosen(next);
    await send(next, true);
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      data-testid={`import-${kind.toLowerCase()}`}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface-raised p-4"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t(`imports.title.${kind}`)}
      </h2>
      <p className="text-sm text-ink-muted">{t(`imports.hint.${kind}`)}</p>
      {template}
      <FileField
        label={t('imports.file')}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        onChange={(e) => void onFile(e)}
      />
      {loading ? <p role="status">{t('imports.checking')}</p> : null}
      {error ? (
        <Notice tone="error" testId="import-error">
          {error}
        </Notice>
      ) : null}
      {report && chosen ? (
        report.applied ? (
          <Notice tone="info" testId="import-applied">
            {t('imports.applied', { count: report.rowCount, file: chosen.name })}
          </Notice>
        ) : report.problems.length > 0 ? (
          <div className="flex flex-col gap-2" data-testid="import-problems">
            <Notice tone="error">
              {t('imports.refused', { count: report.problems.length, file: chosen.name })}
            </Notice>
            <TableScroll label={t('imports.problems')}>
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="p-2">
                      {t('imports.row')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('imports.column')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('imports.problem')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((p, i) => (
                    <tr
                      key={i}
                      className="border-b border-line"
                      data-testid="import-problem"
                      data-row={p.row}
                    >
                      <td className="p-2 tabular-nums">{p.row}</td>
                      <td className="p-2">{p.column ?? '—'}</td>
                      <td className="p-2">
                        {t(`imports.rules.${p.rule}`, {
                          defaultValue: t('imports.rules.other', { rule: p.rule }),
                        })}
                        {p.value ? ` (${p.value})` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        ) : report.rowCount === 0 ? (
          <Notice tone="info">{t('imports.empty')}</Notice>
        ) : (
          <div className="flex flex-wrap items-center gap-3" data-testid="import-ready">
            <p role="status">{t('imports.ready', { count: report.rowCount, file: chosen.name })}</p>
            <Button onClick={() => void send(chosen, false)} disabled={loading}>
              {t('imports.apply', { count: report.rowCount })}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}
