// The PK's indicators: the committed yearly target beside the year-to-date realisation and
// achievement up to the month shown.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { BandDot } from '../../../ui/BandDot';
import { TableScroll } from '../../../ui/TableScroll';
import { formatNumber } from '../../format/formatNumber';
import { AgreementRealisationDocument } from '../graphql/officialAgreementQuery.generated';
import type { AgreementVersionData } from '../types/AgreementVersionData';
import { agreementTargetText } from '../utils/agreementTargetText';

export function AgreementTargetsTable({
  officialId,
  year,
  month,
  version,
}: {
  officialId: string;
  year: number;
  month: number;
  version: AgreementVersionData;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = useQuery(AgreementRealisationDocument, { variables: { officialId, year, month } });
  const realised = new Map(
    (data?.officialAgreement.agreement?.current.targets ?? []).map((row) => [
      row.indicatorId,
      row.indicator?.yearToDate ?? null,
    ]),
  );
  return (
    <TableScroll label={t('agreements.section.targetsLabel')}>
      <table className="w-full text-sm" data-testid="agreement-targets">
        <thead className="text-left text-ink-muted">
          <tr>
            <th className="py-1 pr-2">{t('agreements.print.indicator')}</th>
            <th className="py-1 pr-2 text-right">{t('agreements.print.target')}</th>
            <th className="py-1 pr-2 text-right">{t('agreements.section.realisation')}</th>
            <th className="py-1 text-right">{t('agreements.section.achievement')}</th>
          </tr>
        </thead>
        <tbody>
          {version.targets.map((row) => {
            const ytd = realised.get(row.indicatorId);
            return (
              <tr key={row.indicatorId} className="border-t border-line">
                <td className="py-1 pr-2">
                  <span className="text-ink-muted">{row.code}</span> {row.name}
                </td>
                <td className="py-1 pr-2 text-right tabular-nums">{agreementTargetText(row, locale)}</td>
                <td className="py-1 pr-2 text-right tabular-nums">
                  {ytd?.realisation != null ? formatNumber(ytd.realisation, 2, locale) : '—'}
                </td>
                <td className="py-1 text-right tabular-nums">
                  {ytd ? (
                    <span className="inline-flex items-center gap-1">
                      <BandDot band={ytd.band} />
                      {ytd.raw != null ? formatNumber(ytd.raw, 2, locale) : '—'}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
