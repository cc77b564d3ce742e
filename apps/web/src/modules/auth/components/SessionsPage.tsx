// `/account/sessions`: the viewer's live sessions with the device, browser, address and last use
// of each; end one, or all but this one; change the password (which ends the others too); and
// turn two-factor sign-in on or off.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { EndOtherSessionsDocument } from '../graphql/endOtherSessionsMutation.generated';
import { EndSessionDocument } from '../graphql/endSessionMutation.generated';
import { MySessionsDocument, type MySessionsQuery } from '../graphql/mySessionsQuery.generated';
import { useLogout } from '../hooks/useLogout';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SessionItem } from './SessionItem';
import { TwoFactorSection } from './TwoFactorSection';

type Status = { tone: 'info' | 'error'; key: string; count?: number } | null;

export function SessionsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MySessionsDocument);
  const [endOne, ending] = useMutation(EndSessionDocument);
  const [endOthers, endingOthers] = useMutation(EndOtherSessionsDocument);
  const { logout } = useLogout();
  const [status, setStatus] = useState<Status>(null);
  const busy = ending.loading || endingOthers.loading;
  const sessions = data?.mySessions ?? [];

  const failed = (caught: unknown) => {
    // Already ended elsewhere: the list is stale, so read it again.
    const gone = apiErrorOf(caught).code === 'NOT_FOUND';
    setStatus({ tone: 'error', key: gone ? 'account.sessions.gone' : 'account.sessions.failed' });
    void refetch();
  };
  const end = async (session: MySessionsQuery['mySessions'][number]) => {
    setStatus(null);
    try {
      await endOne({ variables: { input: { sessionId: session.id, clientMutationId: newMutationId() } } });
      // Ending this very session is a logout: leave the signed-in app behind.
      if (session.current) await logout();
      else {
        setStatus({ tone: 'info', key: 'account.sessions.ended' });
        await refetch();
      }
    } catch (caught) {
      failed(caught);
    }
  };
  const endAllOthers = async () => {
    setStatus(null);
    try {
      const result = await endOthers({ variables: { input: { clientMutationId: newMutationId() } } });
      setStatus({
        tone: 'info',
        key: 'account.sessions.othersEnded',
        count: result.data?.endOtherSessions ?? 0,
      });
      await refetch();
    } catch (caught) {
      failed(caught);
    }
  };

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 p-4">
      <h1 className="text-2xl font-bold">{t('account.sessions.title')}</h1>
      <p className="text-ink-muted">{t('account.sessions.intro')}</p>
      {error ? <Notice tone="error">{t('account.sessions.failed')}</Notice> : null}
      {!data && !error ? <LoadingState /> : null}
      <ul className="flex flex-col gap-3" aria-label={t('account.sessions.title')}>
        {sessions.map((session) => (
          <SessionItem key={session.id} session={session} busy={busy} onEnd={(s) => void end(s)} />
        ))}
      </ul>
      {sessions.some((s) => !s.current) ? (
        <Button tone="quiet" className="self-start" disabled={busy} onClick={() => void endAllOthers()}>
          {t('account.sessions.endOthers')}
        </Button>
      ) : null}
      {status ? <Notice tone={status.tone}>{t(status.key, { count: status.count })}</Notice> : null}
      <Card>
        <ChangePasswordForm />
      </Card>
      <Card>
        <TwoFactorSection />
      </Card>
    </div>
  );
}
