// The tenant's audit chain as the server just verified it: "verified up to seq N at T" in the
// tenant's time, or the first record that does not verify.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/Notice';
import { useTimeZone } from '../../auth/hooks/useTimeZone';
import { formatDateTime } from '../../format/formatDate';
import { AuditChainDocument } from '../graphql/auditChainQuery.generated';

export function AuditChainLine({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  // Verified afresh each time the page shows it: a stored answer proves nothing.
  const { data, error } = useQuery(AuditChainDocument, {
    variables: { tenantId },
    fetchPolicy: 'network-only',
  });
  const chain = data?.auditChain;
  if (error) return <p className="text-ink-muted">{t('audit.chain.failed')}</p>;
  if (!chain) return <p className="text-ink-muted">{t('audit.chain.checking')}</p>;
  const at = formatDateTime(chain.verifiedAt, { locale: i18n.language, timeZone });
  if (!chain.verified)
    return (
      <Notice tone="error" testId="audit-chain">
        {t('audit.chain.broken', {
          seq: chain.brokenSeq,
          at,
          problem: t(`audit.chain.problems.${chain.problem ?? 'HASH'}`),
        })}
      </Notice>
    );
  return (
    <p className="text-ink-muted" role="status" data-testid="audit-chain">
      {chain.verifiedSeq
        ? t('audit.chain.verified', { seq: chain.verifiedSeq, at })
        : t('audit.chain.empty', { at })}
    </p>
  );
}
