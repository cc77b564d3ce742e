// The status a PK shows (none yet, draft, signed by one party, signed and locked, superseded) as
// a catalog key and a tone for its badge.
import type { AgreementStatusValue } from '../types/AgreementVersionData';

export type AgreementTone = 'muted' | 'warning' | 'success';

export interface AgreementStatusView {
  key: string;
  tone: AgreementTone;
  /** Both parties signed: the targets of the year cannot change. */
  locked: boolean;
}

export function agreementStatusOf(status: AgreementStatusValue | null | undefined): AgreementStatusView {
  switch (status) {
    case 'SIGNED':
      return { key: 'agreements.status.SIGNED', tone: 'success', locked: true };
    case 'SIGNED_FIRST':
      return { key: 'agreements.status.SIGNED_FIRST', tone: 'warning', locked: false };
    case 'DRAFT':
      return { key: 'agreements.status.DRAFT', tone: 'warning', locked: false };
    case 'SUPERSEDED':
      return { key: 'agreements.status.SUPERSEDED', tone: 'muted', locked: false };
    default:
      return { key: 'agreements.status.NONE', tone: 'muted', locked: false };
  }
}

export const agreementToneClasses: Record<AgreementTone, string> = {
  muted: 'border-line text-ink-muted',
  warning: 'border-band-yellow text-band-yellow',
  success: 'border-band-green text-band-green',
};
