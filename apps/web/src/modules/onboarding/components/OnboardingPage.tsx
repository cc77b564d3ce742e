// `/admin/onboarding`: an administrator brings a government in from its own workbooks. Download a
// template, upload the filled file (checked at once: nothing is written), read every row's
// outcome (filterable), and apply the whole file after a clean check.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { OnboardingTemplate } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { TableScroll } from '../../../ui/TableScroll';
import { TenantPicker } from '../../../ui/TenantPicker';
import { FileField } from '../../../ui/FileField';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { fileToBase64 } from '../../imports/utils/fileToBase64';
import { downloadBlob } from '../../transfer/utils/downloadBlob';
import {
  ImportWorkbookDocument,
  type ImportWorkbookMutation,
} from '../graphql/importWorkbookMutation.generated';
import { OnboardingTemplateDocument } from '../graphql/onboardingTemplateQuery.generated';
import { OnboardingTenantsDocument } from '../graphql/onboardingTenantsQuery.generated';
import { rowsWithOutcome, type OutcomeFilter } from '../utils/rowsWithOutcome';

type Report = ImportWorkbookMutation['importWorkbook'];
type Problem = Report['fileProblems'][number];

/** 1.75 MB: what the API accepts through the browser (larger files through `pnpm cli import`). */
const MAX_BYTES = 1_750_000;
const TEMPLATES: OnboardingTemplate[] = ['ORGANISASI', 'PEGAWAI', 'RENCANA', 'ANGGARAN'];
const FILTERS: OutcomeFilter[] = ['ALL', 'CREATED', 'UPDATED', 'UNCHANGED', 'REFUSED'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function base64ToBlob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: XLSX_TYPE });
}

/** The uploaded workbook with its problem cells marked red, to fix in Excel and upload again. */
function MarkedWorkbookLink({ file }: { file: { fileName: string; contentBase64: string } }) {
  const { t } = useTranslation();
  return (
    <div>
      <Button
        tone="quiet"
        data-testid="onboarding-marked"
        onClick={() => downloadBlob(base64ToBlob(file.contentBase64), file.fileName)}
      >
        {t('onboarding.downloadMarked')}
      </Button>
    </div>
  );
}

export function OnboardingPage() {
  const { t } = useTranslation();
  const id = useId();
  const client = useApolloClient();
  const tenants = useQuery(OnboardingTenantsDocument);
  const list = useMemo(() => tenants.data?.tenants ?? [], [tenants.data]);
  const [chosenTenant, setChosenTenant] = useState('');
  const tenant = list.find((x) => x.id === chosenTenant) ?? list[0] ?? null;
  const [template, setTemplate] = useState<OnboardingTemplate>('ORGANISASI');
  const [file, setFile] = useState<{ name: string; contentBase64: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [filter, setFilter] = useState<OutcomeFilter>('ALL');
  const [error, setError] = useState<string | null>(null);
  const [run, { loading }] = useMutation(ImportWorkbookDocument);

  const reset = () => {
    setFile(null);
    setReport(null);
    setError(null);
  };

  const send = async (chosen: { name: string; contentBase64: string }, dryRun: boolean) => {
    if (!tenant) return;
    setError(null);
    try {
      const result = await run({
        variables: {
          input: {
            tenantId: tenant.id,
            template,
            contentBase64: chosen.contentBase64,
            dryRun,
            clientMutationId: dryRun ? null : newMutationId(),
          },
        },
      });
      setReport(result.data!.importWorkbook);
      setFilter(result.data!.importWorkbook.refused > 0 ? 'REFUSED' : 'ALL');
    } catch {
      setError(t('onboarding.errors.failed'));
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    reset();
    if (!picked) return;
    if (!picked.name.toLowerCase().endsWith('.xlsx')) return setError(t('onboarding.errors.format'));
    if (picked.size > MAX_BYTES) return setError(t('onboarding.errors.size'));
    const chosen = { name: picked.name, contentBase64: await fileToBase64(picked) };
    setFile(chosen);
    await send(chosen, true);
  };

  const download = async () => {
    if (!tenant) return;
    setError(null);
    try {
      const result = await client.query({
        query: OnboardingTemplateDocument,
        variables: { tenantId: tenant.id, template },
        fetchPolicy: 'network-only',
      });
      const file = result.data!.onboardingTemplate;
      downloadBlob(base64ToBlob(file.contentBase64), file.fileName);
    } catch {
      setError(t('onboarding.errors.download'));
    }
  };

  const describe = (p: Problem) =>
    `${p.column ? `${p.column}: ` : ''}${t(`onboarding.rules.${p.rule}`, {
      defaultValue: t('onboarding.rules.other', { rule: p.rule }),
    })}${p.value ? ` (${p.value})` : ''}`;

  const rows = report ? rowsWithOutcome(report.rows, filter) : [];
  const changes = report ? report.created + report.updated : 0;

  return (
    <section className="flex flex-col gap-4" data-testid="onboarding-page" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {t('onboarding.title')}
      </h2>
      <p className="max-w-3xl text-sm text-ink-muted">{t('onboarding.intro')}</p>
      <div className="grid max-w-3xl gap-3 sm:grid-cols-2">
        <TenantPicker
          label={t('onboarding.tenant')}
          tenants={list}
          value={tenant?.id ?? ''}
          onChange={(next) => {
            setChosenTenant(next);
            reset();
          }}
          className=""
        />
        <LabelledSelect
          label={t('onboarding.template')}
          value={template}
          data-testid="onboarding-template"
          options={TEMPLATES.map((name) => ({ value: name, label: t(`onboarding.templates.${name}`) }))}
          onChange={(e) => {
            setTemplate(e.target.value as OnboardingTemplate);
            reset();
          }}
        />
      </div>
      <p className="text-sm text-ink-muted">{t(`onboarding.hint.${template}`)}</p>
      <div>
        <Button tone="quiet" onClick={() => void download()} disabled={!tenant}>
          {t('onboarding.download')}
        </Button>
      </div>
      <FileField
        label={t('onboarding.file')}
        accept={`.xlsx,${XLSX_TYPE}`}
        disabled={!tenant}
        onChange={(e) => void onFile(e)}
      />
      {loading ? <p role="status">{t('onboarding.checking')}</p> : null}
      {error ? (
        <Notice tone="error" testId="onboarding-error">
          {error}
        </Notice>
      ) : null}
      {report && file ? (
        <div className="flex flex-col gap-3" data-testid="onboarding-report">
          {report.fileProblems.length > 0 ? (
            <>
              <Notice tone="error" testId="onboarding-file-problems">
                {t('onboarding.fileRefused', { file: file.name })}{' '}
                {report.fileProblems.map(describe).join('; ')}
              </Notice>
              {report.markedWorkbook ? <MarkedWorkbookLink file={report.markedWorkbook} /> : null}
            </>
          ) : (
            <>
              <p role="status" data-testid="onboarding-counts">
                {t(report.applied ? 'onboarding.countsApplied' : 'onboarding.counts', {
                  file: file.name,
                  created: report.created,
                  updated: report.updated,
                  unchanged: report.unchanged,
                  refused: report.refused,
                })}
              </p>
              {report.refused > 0 ? <Notice tone="error">{t('onboarding.refused')}</Notice> : null}
              {report.markedWorkbook ? <MarkedWorkbookLink file={report.markedWorkbook} /> : null}
              {!report.applied && report.refused === 0 && changes > 0 ? (
                <div>
                  <Button
                    onClick={() => void send(file, false)}
                    disabled={loading}
                    data-testid="onboarding-apply"
                  >
                    {t('onboarding.apply', { count: changes })}
                  </Button>
                </div>
              ) : null}
              {report.notInFile.length > 0 ? (
                <p className="text-sm text-ink-muted" data-testid="onboarding-not-in-file">
                  {t('onboarding.notInFile', {
                    count: report.notInFile.length,
                    keys: report.notInFile.join(', '),
                  })}
                </p>
              ) : null}
              <LabelledSelect
                label={t('onboarding.filter')}
                value={filter}
                data-testid="onboarding-filter"
                className="max-w-xs"
                options={FILTERS.map((name) => ({ value: name, label: t(`onboarding.outcomes.${name}`) }))}
                onChange={(e) => setFilter(e.target.value as OutcomeFilter)}
              />
              <TableScroll label={t('onboarding.rows')}>
                <table className="w-full text-left text-sm">
                  <thead>
                    <tr className="border-b border-line">
                      {[
                        'onboarding.row',
                        `onboarding.key.${template}`,
                        'onboarding.outcome',
                        'onboarding.problems',
                      ].map((heading) => (
                        <th key={heading} scope="col" className="p-2">
                          {t(heading)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr
                        key={r.row}
                        className="border-b border-line"
                        data-testid="onboarding-row"
                        data-outcome={r.outcome}
                      >
                        <td className="p-2 tabular-nums">{r.row}</td>
                        <td className="p-2">{r.key}</td>
                        <td className="p-2">{t(`onboarding.outcomes.${r.outcome}`)}</td>
                        <td className="p-2">{r.problems.map(describe).join('; ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
