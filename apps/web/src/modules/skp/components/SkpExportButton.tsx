// "Unduh SKP (Excel)": the scope's plans of the year as the e-Kinerja workbook, built in the browser.
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkpPeriod } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { useTimeZone } from '../../auth/hooks/useTimeZone';
import { downloadBlob } from '../../transfer/utils/downloadBlob';
import { fileNameFor } from '../../transfer/utils/fileNameFor';
import { SkpPlansDocument } from '../graphql/skpPlansQuery.generated';
import { buildSkpWorkbook } from '../utils/skpWorkbook';

export function SkpExportButton({
  scopeId,
  year,
  period,
}: {
  scopeId: string;
  year: number;
  period: SkpPeriod;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const timeZone = useTimeZone();
  const [building, setBuilding] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    if (building) return;
    setBuilding(true);
    setFailed(false);
    try {
      const { data } = await client.query({
        query: SkpPlansDocument,
        variables: { scopeId, year },
        fetchPolicy: 'network-only',
      });
      const blob = await buildSkpWorkbook(data?.skpPlans ?? [], { period, t });
      downloadBlob(
        blob,
        fileNameFor(`SKP ${t(`skp.period.${period}`)} ${year}`, new Date(), 'xlsx', timeZone),
      );
    } catch (error) {
      console.error(error);
      setFailed(true);
    } finally {
      setBuilding(false);
    }
  };

  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        tone="quiet"
        aria-disabled={building}
        aria-busy={building}
        className="aria-disabled:opacity-50"
        onClick={() => void download()}
        data-testid="skp-export"
      >
        {building ? t('skp.overview.exporting') : t('skp.overview.export')}
      </Button>
      {failed ? (
        <p role="alert" className="text-sm text-danger">
          {t('skp.overview.exportFailed')}
        </p>
      ) : null}
    </div>
  );
}
