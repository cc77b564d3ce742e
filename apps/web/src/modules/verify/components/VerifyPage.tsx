// `/verify`: the supervisor's queue of submitted values (all scopes the viewer may verify, oldest
// first). Each value is verified or rejected with a reason, or many are verified at once; after
// every action, and after a stale version, the queue is fetched again.
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { VerificationQueueDocument } from '../graphql/verificationQueueQuery.generated';
import { useVerificationActions } from '../hooks/useVerificationActions';
import type { VerifyOutcome } from '../types/VerifyOutcome';
import { bulkVerificationOf } from '../utils/bulkVerificationOf';
import { VerifyItemCard } from './VerifyItemCard';
import { VerifyToolbar } from './VerifyToolbar';

/** As many values as one bulk verification takes. */
const QUEUE_SIZE = 200;

function OutcomeNotice({ outcome }: { outcome: VerifyOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  return outcome.tone === 'done' ? (
    <Notice tone="info" testId="verify-done">
      {t(outcome.key, outcome.params)}
    </Notice>
  ) : (
    <Notice tone="error" testId="verify-error">
      {t(outcome.key, outcome.params)}
    </Notice>
  );
}

export function VerifyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const queue = useQuery(VerificationQueueDocument, {
    variables: { first: QUEUE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const { verify, reject, verifyMany, busy, outcome } = useVerificationActions(queue.refetch);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());

  const items = useMemo(() => queue.data?.verificationQueue ?? [], [queue.data]);
  // Only what is still in the queue counts as selected.
  const bulk = useMemo(() => bulkVerificationOf(items, selected), [items, selected]);

  const select = (measurementId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(measurementId);
      else next.delete(measurementId);
      return next;
    });
  const selectAll = (on: boolean) => setSelected(on ? new Set(items.map((i) => i.measurementId)) : new Set());
  const verifySelected = async () => {
    if (bulk.items.length === 0) return;
    const problem = await verifyMany(bulk);
    if (problem === null) setSelected(new Set());
    // The row the API named is unticked: the supervisor looks at its new state before verifying it.
    else if (problem.row !== undefined) {
      const stale = bulk.items[problem.row];
      if (stale) select(stale.measurementId, false);
    }
  };

  let body;
  if (!queue.data) {
    body = queue.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  } else if (items.length === 0) {
    body = (
      <>
        <OutcomeNotice outcome={outcome} />
        <div
          data-testid="verify-empty"
          className="flex flex-col gap-1 rounded-xl border border-line bg-surface-raised p-6 text-center"
        >
          <p className="text-lg font-semibold">{t('verify.empty.title')}</p>
          <p className="text-ink-muted">{t('verify.empty.body')}</p>
        </div>
      </>
    );
  } else {
    body = (
      <>
        <VerifyToolbar
          total={items.length}
          selectedCount={bulk.items.length}
          busy={busy}
          onSelectAll={selectAll}
          onVerifySelected={() => void verifySelected()}
        >
          <OutcomeNotice outcome={outcome} />
        </VerifyToolbar>
        {queue.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
        <p className="text-sm text-ink-muted" data-testid="verify-count">
          {items.length >= QUEUE_SIZE
            ? t('verify.truncated', { count: items.length })
            : t('verify.count', { count: items.length })}
        </p>
        <ul
          className="flex flex-col gap-4"
          aria-busy={busy || queue.loading}
          aria-label={t('verify.listLabel')}
        >
          {items.map((item) => (
            <VerifyItemCard
              key={item.measurementId}
              item={item}
              locale={locale}
              selected={selected.has(item.measurementId)}
              busy={busy}
              onSelect={(on) => select(item.measurementId, on)}
              onVerify={() => verify(item)}
              onReject={(reason) => reject(item, reason)}
            />
          ))}
        </ul>
      </>
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="verify-page">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t('verify.title')}</h1>
        <p className="text-ink-muted">{t('verify.intro')}</p>
      </header>
      {body}
    </div>
  );
}
