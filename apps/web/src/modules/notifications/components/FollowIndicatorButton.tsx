// "Ikuti indikator": a leader's or head's watch on one indicator; its turning red then reaches
// them in the bell (and by e-mail, as they chose). The answer updates the cached indicator.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { FollowIndicatorDocument } from '../graphql/followIndicatorMutation.generated';

export function FollowIndicatorButton({
  indicatorId,
  following,
}: {
  indicatorId: string;
  following: boolean;
}) {
  const { t } = useTranslation();
  const [follow, { loading }] = useMutation(FollowIndicatorDocument);
  const [failed, setFailed] = useState(false);
  const toggle = async () => {
    setFailed(false);
    try {
      await follow({ variables: { input: { indicatorId, follow: !following } } });
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        tone={following ? 'quiet' : 'primary'}
        aria-pressed={following}
        disabled={loading}
        onClick={() => void toggle()}
        data-testid="follow-indicator"
      >
        {following ? t('notifications.follow.following') : t('notifications.follow.follow')}
      </Button>
      <span className="text-sm text-ink-muted">
        {failed ? (
          <span role="alert" className="text-danger">
            {t('notifications.follow.failed')}
          </span>
        ) : following ? (
          t('notifications.follow.followingHint')
        ) : (
          t('notifications.follow.hint')
        )}
      </span>
    </div>
  );
}
