// A band's colour as a dot, with the band's name for screen readers (colour is never the only cue).
import { useTranslation } from 'react-i18next';
import type { Band } from '../gql/graphql';
import { bandClasses } from './bandClasses';

export function BandDot({ band, className = 'size-[0.8em]' }: { band: Band; className?: string }) {
  const { t } = useTranslation();
  return (
    <span
      role="img"
      aria-label={t(`band.${band}`)}
      title={t(`band.${band}`)}
      className={`inline-block shrink-0 rounded-full ${bandClasses[band].bg} ${className}`}
    />
  );
}
