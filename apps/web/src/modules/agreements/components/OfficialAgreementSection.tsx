// The official page's Perjanjian Kinerja: its status and versions, the targets against the
// realisation, the sign button for the party who may sign, the draft and PK Perubahan forms for
// the official or an administrator, and the link to the printable PK.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Notice } from '../../../ui/Notice';
import { useTimeZone } from '../../auth/hooks/useTimeZone';
import { formatDateTime } from '../../format/formatDate';
import { DraftAgreementDocument } from '../graphql/draftAgreementMutation.generated';
import { OfficialAgreementDocument } from '../graphql/officialAgreementQuery.generated';
import { ReviseAgreementDocument } from '../graphql/reviseAgreementMutation.generated';
import { SignAgreementDocument } from '../graphql/signAgreementMutation.generated';
import { agreementErrorOf } from '../utils/agreementErrorOf';
import { agreementPaths } from '../utils/agreementPaths';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import { AgreementTargetsTable } from './AgreementTargetsTable';
import { AgreementTextForm } from './AgreementTextForm';

export function OfficialAgreementSection({
  officialId,
  year,
  month,
}: {
  officialId: string;
  year: number;
  month: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const { data, error } = useQuery(OfficialAgreementDocument, { variables: { officialId, year } });
  // A new PK or version changes the official's answer and the realisation rows: read both again.
  const refetch = {
    refetchQueries: ['OfficialAgreement', 'AgreementRealisation'],
    awaitRefetchQueries: true,
  };
  const [draft] = useMutation(DraftAgreementDocument, refetch);
  const [revise] = useMutation(ReviseAgreementDocument, refetch);
  const [sign, { loading: signing }] = useMutation(SignAgreementDocument);
  const [editing, setEditing] = useState<'draft' | 'revise' | null>(null);
  const [signProblem, setSignProblem] = useState<string | null>(null);
  const when = (iso: string) => formatDateTime(iso, { locale, timeZone });

  if (!data) {
    if (!error) return null;
    return (
      <Card title={t('agreements.section.title', { year })}>
        <Notice tone="info">{t('agreements.section.unavailable')}</Notice>
      </Card>
    );
  }
  const { agreement, viewerMayDraft } = data.officialAgreement;
  const current = agreement?.current;
  const saveDraft = (text: { attitude: string; attention: string; action: string }) =>
    draft({
      variables: {
        input: {
          officialId,
          year,
          attitude: text.attitude,
          attention: text.attention,
          action: text.action,
          clientMutationId: newMutationId(),
        },
      },
    }).then(() => setEditing(null));

  async function signCurrent() {
    if (!current) return;
    setSignProblem(null);
    try {
      await sign({
        variables: {
          input: {
            versionId: current.id,
            contentHash: current.contentHash,
            clientMutationId: newMutationId(),
          },
        },
      });
    } catch (failure) {
      const problem = agreementErrorOf(failure);
      setSignProblem(t(problem.key, problem.params));
    }
  }

  return (
    <Card
      title={
        <span className="flex flex-wrap items-center gap-2">
          {t('agreements.section.title', { year })}
          <AgreementStatusBadge status={agreement?.status} />
        </span>
      }
    >
      <div
        className="flex flex-col gap-4"
        data-testid="official-agreement"
        data-locked={agreement?.locked ? 'true' : 'false'}
      >
        {!agreement ? <p className="text-ink-muted">{t('agreements.section.none')}</p> : null}
        {agreement?.locked ? (
          <Notice tone="info" testId="agreement-locked">
            {t('agreements.section.locked', { year })}
          </Notice>
        ) : null}
        {current ? (
          <>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-ink-muted">{t('agreements.print.firstParty')}</dt>
              <dd>
                {current.firstParty.name} · {current.firstParty.position}
              </dd>
              <dt className="text-ink-muted">{t('agreements.print.secondParty')}</dt>
              <dd data-testid="agreement-second-party">
                {current.secondParty.name} · {current.secondParty.position}
              </dd>
              {current.signatures.map((s) => (
                <div key={s.party} className="contents">
                  <dt className="text-ink-muted">{t(`agreements.party.${s.party}`)}</dt>
                  <dd data-testid="agreement-signature">
                    {t('agreements.section.signedBy', { name: s.signerName, when: when(s.signedAt) })}
                  </dd>
                </div>
              ))}
            </dl>
            <AgreementTargetsTable officialId={officialId} year={year} month={month} version={current} />
            <div>
              <h3 className="mb-1 font-medium">{t('agreements.section.versions')}</h3>
              <ol className="flex flex-col gap-1 text-sm" data-testid="agreement-versions">
                {agreement!.versions.map((v) => (
                  <li key={v.id} className="flex flex-wrap items-center gap-2">
                    <span>
                      {v.version === 1
                        ? t('agreements.section.original')
                        : t('agreements.section.amendment', { version: v.version })}
                    </span>
                    <AgreementStatusBadge status={v.status} />
                    <span className="text-ink-muted">{when(v.createdAt)}</span>
                    {v.reason ? <span className="text-ink-muted">— {v.reason}</span> : null}
                  </li>
                ))}
              </ol>
            </div>
          </>
        ) : null}
        {signProblem ? (
          <Notice tone="error" testId="agreement-sign-error">
            {signProblem}
          </Notice>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {agreement?.viewerMaySign ? (
            <Button onClick={() => void signCurrent()} disabled={signing} data-testid="agreement-sign">
              {t(`agreements.section.signAs.${agreement.viewerParty ?? 'FIRST'}`)}
            </Button>
          ) : null}
          {viewerMayDraft && editing === null ? (
            <Button tone="quiet" onClick={() => setEditing('draft')} data-testid="agreement-edit">
              {agreement ? t('agreements.section.editDraft') : t('agreements.section.draft')}
            </Button>
          ) : null}
          {agreement?.viewerMayRevise && editing === null ? (
            <Button tone="quiet" onClick={() => setEditing('revise')} data-testid="agreement-revise">
              {t('agreements.section.revise')}
            </Button>
          ) : null}
          {agreement ? (
            <Link
              to={agreementPaths.print(officialId, year)}
              className="inline-flex min-h-11 items-center rounded-lg px-4 text-accent underline"
              data-testid="agreement-print-link"
            >
              {t('agreements.section.print')}
            </Link>
          ) : null}
        </div>
        {editing === 'draft' ? (
          <AgreementTextForm
            initial={{ attitude: current?.attitude, attention: current?.attention, action: current?.action }}
            withReason={false}
            submitLabel={t('agreements.form.saveDraft')}
            onSubmit={saveDraft}
            onCancel={() => setEditing(null)}
          />
        ) : null}
        {editing === 'revise' && agreement && current ? (
          <AgreementTextForm
            initial={{ attitude: current.attitude, attention: current.attention, action: current.action }}
            withReason
            submitLabel={t('agreements.form.saveRevision')}
            onSubmit={(text) =>
              revise({
                variables: {
                  input: {
                    agreementId: agreement.id,
                    reason: text.reason,
                    attitude: text.attitude,
                    attention: text.attention,
                    action: text.action,
                    clientMutationId: newMutationId(),
                  },
                },
              }).then(() => setEditing(null))
            }
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </div>
    </Card>
  );
}
