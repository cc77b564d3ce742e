// `/agreement/:officialId/:year`: the PK in its customary printed layout (kop, title, parties,
// targets, programs and pagu, A3 text, signatures with dates), to print or download as PDF. An
// unsigned PK carries a DRAFT watermark in both.
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useTimeZone } from '../../auth/hooks/useTimeZone';
import { downloadBlob } from '../../transfer/utils/downloadBlob';
import { OfficialAgreementDocument } from '../graphql/officialAgreementQuery.generated';
import { agreementPdfLayoutOf } from '../utils/agreementPdfLayoutOf';
import { loadAgreementPdf } from '../utils/loadAgreementPdf';

export function AgreementPrintPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const { officialId = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const { data, error } = useQuery(OfficialAgreementDocument, { variables: { officialId, year } });
  const [failed, setFailed] = useState(false);
  const agreement = data?.officialAgreement.agreement ?? null;
  const layout = useMemo(
    () =>
      agreement
        ? agreementPdfLayoutOf(agreement.current, agreement.year, t, {
            generatedAt: new Date(),
            locale,
            timeZone,
          })
        : null,
    [agreement, t, locale, timeZone],
  );

  if (!data) return error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  if (!layout) return <Notice tone="info">{t('agreements.section.none')}</Notice>;

  async function downloadPdf() {
    if (!layout) return;
    setFailed(false);
    try {
      const build = await loadAgreementPdf();
      downloadBlob(
        new Blob([build(layout) as BlobPart], { type: 'application/pdf' }),
        `${layout.fileName}.pdf`,
      );
    } catch (failure) {
      console.error(failure);
      setFailed(true);
    }
  }

  return (
    <article
      className="relative mx-auto flex max-w-3xl flex-col gap-5 bg-surface-raised p-6 print:max-w-none print:p-0 print:text-black"
      data-testid="agreement-print"
      data-watermark={layout.watermark ?? ''}
    >
      {layout.watermark ? (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-0 flex items-center justify-center text-[8rem] font-bold text-ink-muted opacity-15 select-none [transform:rotate(-35deg)]"
        >
          {layout.watermark}
        </div>
      ) : null}
      <div className="flex justify-end gap-2 print:hidden">
        <Button tone="quiet" onClick={() => window.print()}>
          {t('agreements.print.print')}
        </Button>
        <Button onClick={() => void downloadPdf()} data-testid="agreement-pdf">
          {t('agreements.print.downloadPdf')}
        </Button>
      </div>
      {failed ? <Notice tone="error">{t('agreements.print.pdfFailed')}</Notice> : null}
      <header className="border-b-2 border-ink pb-2 text-center">
        {layout.kop.map((line, i) => (
          <p key={line} className={i === 0 ? 'text-lg font-bold' : ''}>
            {line}
          </p>
        ))}
      </header>
      <h1 className="text-center text-xl font-bold" data-testid="agreement-title">
        {layout.title}
      </h1>
      {layout.subtitle.map((line) => (
        <p key={line} className="text-center text-sm">
          {line}
        </p>
      ))}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-3">
        {layout.parties.map((p) => (
          <div key={p.label} className="contents">
            <dt className="font-medium">{p.label}</dt>
            <dd>
              <p>{p.name}</p>
              {p.nip ? <p>{p.nip}</p> : null}
              <p>{p.position}</p>
            </dd>
          </div>
        ))}
      </dl>
      <p>{layout.preamble}</p>
      <PrintTable
        title={layout.targetsTitle}
        head={layout.targetsHead}
        rows={layout.targets}
        testId="agreement-print-targets"
      />
      <PrintTable
        title={layout.budgetTitle}
        head={layout.budgetHead}
        rows={[...layout.budget, layout.budgetTotal]}
        testId="agreement-print-budget"
      />
      <section>
        <h2 className="mb-1 font-semibold">{layout.a3Title}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {layout.a3.map((a) => (
            <div key={a.label} className="contents">
              <dt className="font-medium">{a.label}</dt>
              <dd className="whitespace-pre-line">{a.text}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="grid grid-cols-2 gap-6 pt-4 text-center">
        {layout.signatures.map((s) => (
          <div
            key={s.label}
            className="flex flex-col gap-1"
            data-testid="agreement-print-signature"
            data-signed={s.isSigned}
          >
            <p className="font-medium">{s.label}</p>
            <p>{s.position}</p>
            <p className="py-6 text-sm text-ink-muted">{s.signed}</p>
            <p className="font-medium underline">{s.name}</p>
            {s.nip ? <p>{s.nip}</p> : null}
          </div>
        ))}
      </section>
      <footer className="text-xs break-all text-ink-muted">
        <p>{layout.hashLine}</p>
        <p>{layout.generatedAt}</p>
      </footer>
    </article>
  );
}

function PrintTable({
  title,
  head,
  rows,
  testId,
}: {
  title: string;
  head: string[];
  rows: string[][];
  testId: string;
}) {
  return (
    <section>
      <h2 className="mb-1 font-semibold">{title}</h2>
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} className="border border-line px-2 py-1 text-left">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td
                  key={j}
                  className={`border border-line px-2 py-1 ${j === row.length - 1 ? 'text-right' : ''}`}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
