// The issues still open at the quarter's end: title, severity and status.
import { useTranslation } from 'react-i18next';
import type { ReportIssuesQuery } from '../graphql/reportIssuesQuery.generated';

export function ReportIssues({ issues }: { issues: ReportIssuesQuery['issues'] }) {
  const { t } = useTranslation();
  if (issues.length === 0)
    return <p className="text-ink-muted print:text-black">{t('report.issues.none')}</p>;
  return (
    <table className="w-full border-collapse text-sm print:text-[9pt]" data-testid="report-issues">
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="px-2 py-2 font-semibold">
            {t('report.issues.issue')}
          </th>
          <th scope="col" className="px-2 py-2 font-semibold">
            {t('report.issues.severity')}
          </th>
          <th scope="col" className="px-2 py-2 font-semibold">
            {t('report.issues.status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {issues.map((i) => (
          <tr
            key={i.id}
            className="break-inside-avoid border-b border-line"
            data-testid="report-issue"
            data-issue-id={i.id}
          >
            <td className="px-2 py-1.5 break-words">{i.title}</td>
            <td className="px-2 py-1.5">{t(`issueSeverity.${i.severity}`)}</td>
            <td className="px-2 py-1.5">{t(`issueStatus.${i.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
