// One submitted value of the queue: what it is, whose, for which month; the value against the
// month's target and the achievement it would score (with the formula's numbers); the operator's
// note, evidence (links, and files opened through the API) and who submitted it when; and the supervisor's actions.
import { AnalysisView } from '../../analysis/components/AnalysisView';
import { EvidenceFileList } from '../../evidence/components/EvidenceFileList';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BandLabel } from '../../../ui/BandLabel';
import { Button } from '../../../ui/Button';
import { formatDate, formatDateTime } from '../../format/formatDate';
import { timeLeftOf } from '../../format/timeLeftOf';
import { formatMonth } from '../../format/formatMonth';
import { formatNumber } from '../../format/formatNumber';
import { formatPercent } from '../../format/formatPercent';
import type { VerificationItem } from '../types/VerificationItem';
import type { VerifyMessage } from '../types/VerifyMessage';
import { isWebAddress } from '../utils/isWebAddress';
import { targetTextOf } from '../utils/targetTextOf';
import { RejectForm } from './RejectForm';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

const linkClass =
  'rounded break-all text-accent underline focus-visible:outline-2 focus-visible:outline-accent';

export function VerifyItemCard({
  item,
  locale,
  selected,
  busy,
  onSelect,
  onVerify,
  onReject,
}: {
  item: VerificationItem;
  locale: string;
  selected: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onVerify: () => Promise<unknown>;
  onReject: (reason: string) => Promise<VerifyMessage | null>;
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const deadlineLeft = timeLeftOf(item.deadline, Date.now());
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const { preview } = item;
  const links = item.evidence.filter((e) => e.kind === 'LINK');
  const files = item.evidence.filter((e) => e.kind === 'FILE');

  const reject = async (reason: string) => {
    const result = await onReject(reason);
    if (!result) setRejecting(false);
    return result;
  };

  return (
    <li
      data-testid="verify-item"
      data-indicator-id={item.indicatorId}
      data-measurement-id={item.measurementId}
      data-year={item.year}
      data-month={item.month}
    >
      <article
        aria-labelledby={`${id}-title`}
        className="flex flex-col gap-3 rounded-xl border border-line bg-surface-raised p-4"
      >
        <div className="flex items-start gap-2">
          <label className="-m-2 flex min-h-11 min-w-11 shrink-0 cursor-pointer items-center justify-center">
            <input
              type="checkbox"
              checked={selected}
              disabled={busy}
              onChange={(e) => onSelect(e.target.checked)}
              className="size-5 accent-accent"
              data-testid="verify-select"
            />
            <span className="sr-only">{t('verify.item.select', { code: item.code })}</span>
          </label>
          <div className="min-w-0">
            <h2 id={`${id}-title`} className="font-semibold break-words">
              <span data-testid="verify-code">{item.code}</span> · {item.name}
            </h2>
            <p className="text-sm break-words text-ink-muted">
              {item.owner.name} ·{' '}
              {t('verify.item.period', { month: formatMonth(item.month, locale), year: item.year })}
            </p>
          </div>
        </div>

        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(9rem,auto)_1fr] sm:gap-y-2">
          <dt className="text-ink-muted">{t('verify.item.value')}</dt>
          <dd
            className="mb-2 text-base font-semibold sm:mb-0"
            data-testid="verify-value"
            data-value={item.value}
          >
            {formatNumber(item.value, 2, locale)} {item.unit}
          </dd>
          <dt className="text-ink-muted">{t('verify.item.target')}</dt>
          <dd className="mb-2 sm:mb-0" data-testid="verify-target">
            {targetTextOf(item, locale)}
          </dd>
          <dt className="text-ink-muted">{t('verify.item.achievement')}</dt>
          <dd className="mb-2 sm:mb-0" data-testid="verify-preview">
            {preview ? (
              <span className="flex flex-col gap-1">
                <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span
                    className="font-semibold"
                    data-testid="verify-capped"
                    data-value={preview.capped ?? ''}
                  >
                    {formatPercent(preview.capped, 2, locale)}
                  </span>
                  <BandLabel band={preview.band} />
                </span>
                {preview.raw != null && preview.capped != null && preview.raw !== preview.capped ? (
                  <span className="text-ink-muted">
                    {t('verify.item.raw', { value: formatPercent(preview.raw, 2, locale) })}
                  </span>
                ) : null}
                <span className="break-words text-ink-muted" data-testid="verify-formula">
                  <span className="sr-only">{t('verify.item.formula')}: </span>
                  {preview.substituted}
                </span>
              </span>
            ) : (
              <span className="text-ink-muted">{t('verify.item.noPreview')}</span>
            )}
          </dd>
          <dt className="text-ink-muted">{t('verify.item.note')}</dt>
          <dd className="mb-2 break-words whitespace-pre-line sm:mb-0" data-testid="verify-note">
            {item.note?.trim() ? (
              item.note
            ) : (
              <span className="text-ink-muted">{t('verify.item.noNote')}</span>
            )}
          </dd>
          {item.analysis ? (
            <>
              <dt className="text-ink-muted">{t('analysis.title')}</dt>
              <dd className="mb-2 sm:mb-0" data-testid="verify-analysis">
                <AnalysisView analysis={item.analysis} compact />
              </dd>
            </>
          ) : null}
          <dt className="text-ink-muted">{t('verify.item.evidence')}</dt>
          <dd className="mb-2 sm:mb-0">
            {item.evidence.length === 0 ? (
              <span className="text-ink-muted">{t('verify.item.noEvidence')}</span>
            ) : (
              <>
                <ul className="flex flex-col gap-1" data-testid="verify-evidence">
                  {links.map((e) => (
                    <li key={e.id}>
                      {isWebAddress(e.url) ? (
                        <a href={e.url} target="_blank" rel="noopener noreferrer" className={linkClass}>
                          {e.title || e.url}
                          <span className="sr-only"> {t('verify.item.newTab')}</span>
                        </a>
                      ) : (
                        <span className="break-all">
                          {e.title} ({e.url})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
                <EvidenceFileList files={files} testId="verify-evidence-files" />
              </>
            )}
          </dd>
          <dt className="text-ink-muted">{t('verify.item.deadline')}</dt>
          <dd data-testid="verify-deadline">
            <time dateTime={item.deadline}>
              {formatDate(new Date(Date.parse(item.deadline) - 1).toISOString(), { locale, timeZone })}
            </time>
            {' · '}
            {t(deadlineLeft.key, { count: deadlineLeft.count })}
          </dd>
          <dt className="text-ink-muted">{t('verify.item.submitted')}</dt>
          <dd data-testid="verify-submitted">
            {item.submittedBy ?? '—'}
            {item.submittedAt ? (
              <>
                {' · '}
                <time dateTime={item.submittedAt}>
                  {formatDateTime(item.submittedAt, { locale, timeZone })}
                </time>
              </>
            ) : null}
          </dd>
        </dl>

        <div className="flex flex-wrap gap-2">
          <Button onClick={() => void onVerify()} disabled={busy} data-testid="verify-approve">
            {t('verify.actions.verify')}
            <span className="sr-only"> {item.code}</span>
          </Button>
          <Button
            tone="quiet"
            onClick={() => setRejecting((open) => !open)}
            disabled={busy}
            aria-expanded={rejecting}
            aria-controls={rejecting ? `${id}-reject` : undefined}
            data-testid="verify-reject"
          >
            {t('verify.actions.reject')}
            <span className="sr-only"> {item.code}</span>
          </Button>
        </div>
        {rejecting ? (
          <RejectForm
            id={`${id}-reject`}
            code={item.code}
            busy={busy}
            onReject={reject}
            onCancel={() => setRejecting(false)}
          />
        ) : null}
      </article>
    </li>
  );
}
