// A band as a coloured dot and its name in words (colour is never the only cue).
import { useTranslation } from 'react-i18next';
import type { Band } from '../gql/graphql';
import { BandDot } from './BandDot';

export function BandLabel({ band, className = '' }: { band: Band; className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`inline-flex items-center gap-1.5 ${className}`} data-band={band}>
      <BandDot band={band} />
      <span>{t(`band.${band}`)}</span>
    </span>
  );
}
