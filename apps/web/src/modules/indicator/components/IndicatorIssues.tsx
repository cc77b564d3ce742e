// Problems (permasalahan) and directives (arahan) about the indicator, and for leaders the form
// to add a directive.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDirectivesQuery } from '../graphql/indicatorDirectivesQuery.generated';
import type { IndicatorIssuesQuery } from '../graphql/indicatorIssuesQuery.generated';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { formatDate } from '../../format/formatDate';
import { DirectiveForm } from './DirectiveForm';
import { IssueFollowUps } from './IssueFollowUps';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

export function IndicatorIssues({
  issues,
  directives,
  form,
  onIssueChanged,
}: {
  issues: IndicatorIssuesQuery['issues'];
  directives: IndicatorDirectivesQuery['directives'];
  form: Parameters<typeof DirectiveForm>[0] | null;
  onIssueChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  // One problem's follow-ups at a time, fetched when it is opened.
  const [openIssue, setOpenIssue] = useState<string | null>(null);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t('indicator.issues.title')}>
        {issues.length === 0 ? (
          <p className="text-ink-muted">{t('indicator.issues.none')}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-line">
            {issues.map((i) => (
              <li key={i.id} data-testid="issue-row" data-issue-id={i.id} className="py-2">
                <p className="font-semibold">{i.title}</p>
                <p className="text-sm break-words">{i.description}</p>
                <p className="text-xs text-ink-muted">
                  {t('indicator.issues.meta', {
                    severity: t(`issueSeverity.${i.severity}`),
                    status: t(`issueStatus.${i.status}`),
                    date: formatDate(i.createdAt, { locale, timeZone }),
                    who: i.raisedBy ?? t('wall.activity.system'),
                  })}
                </p>
                <button
                  type="button"
                  aria-expanded={openIssue === i.id}
                  onClick={() => setOpenIssue((open) => (open === i.id ? null : i.id))}
                  className="min-h-11 rounded text-sm font-medium text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {t('indicator.followUps.title')}
                  <span className="sr-only"> {i.title}</span>
                </button>
                {openIssue === i.id ? <IssueFollowUps issueId={i.id} onChanged={onIssueChanged} /> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('indicator.directives.title')}>
        {directives.length === 0 ? (
          <p className="mb-3 text-ink-muted">{t('indicator.directives.none')}</p>
        ) : (
          <ul className="mb-4 flex flex-col divide-y divide-line">
            {directives.map((d) => (
              <li key={d.id} data-testid="directive-row" data-directive-id={d.id} className="py-2">
                <p className="break-words">{d.content}</p>
                <p className="text-xs text-ink-muted">
                  {t('indicator.directives.meta', {
                    who: d.author ?? t('wall.activity.system'),
                    date: formatDate(d.createdAt, { locale, timeZone }),
                    status: t(`directiveStatus.${d.status}`),
                  })}
                  {d.dueDate
                    ? ` · ${t('indicator.directives.due', { date: formatDate(d.dueDate, { locale, timeZone }) })}`
                    : ''}
                  {d.picName ? ` · ${t('indicator.directives.pic', { name: d.picName })}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
        {form ? <DirectiveForm {...form} /> : null}
      </Card>
    </div>
  );
}
