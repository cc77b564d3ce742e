// A PK's status as a small outlined badge (none, draft, signed by one party, signed, superseded).
import { useTranslation } from 'react-i18next';
import type { AgreementStatusValue } from '../types/AgreementVersionData';
import { agreementStatusOf, agreementToneClasses } from '../utils/agreementStatusOf';

export function AgreementStatusBadge({ status }: { status: AgreementStatusValue | null | undefined }) {
  const { t } = useTranslation();
  const view = agreementStatusOf(status);
  return (
    <span
      data-testid="agreement-status"
      data-status={status ?? 'NONE'}
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-sm font-medium ${agreementToneClasses[view.tone]}`}
    >
      {t(view.key)}
    </span>
  );
}
