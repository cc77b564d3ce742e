// A quarterly report as the page, the PDF and the spreadsheet export read it.
import type { Band, Predikat } from '../../../gql/graphql';
import type { ReportIssuesQuery } from '../graphql/reportIssuesQuery.generated';
import type { ReportBudgetLine } from './ReportBudgetLine';
import type { ReportPeriod } from './ReportPeriod';
import type { ReportSection } from './ReportRow';

export interface ReportData {
  unitName: string;
  period: ReportPeriod;
  score: { value: number | null; band: Band; predikat: Predikat } | null;
  sections: ReportSection[];
  issues: ReportIssuesQuery['issues'];
  /** The unit's sub-kegiatan of the year (none for a tenant's report). */
  budget: ReportBudgetLine[];
}

/** The translate function the pure builders take (i18next's `t`, or a stand-in in tests). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
