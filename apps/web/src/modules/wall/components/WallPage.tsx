// `/wall`: the full-screen, dark, unattended wall. Opened with `?device=<token>` (kept, then
// removed from the address) or with a logged-in session. A device shows the playlist stored for
// it; `?panels=a,b` overrides it, `?seconds=n` sets the time per panel, `?scope=<id>` a scope
// other than the viewer's default.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { RouteNotice } from '../../../app/routing/RouteNotice';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { mayOpenWall } from '../../auth/utils/mayOpenWall';
import { useWallScope } from '../hooks/useWallScope';
import { captureDeviceToken } from '../utils/captureDeviceToken';
import { parsePanels } from '../utils/parsePanels';
import { WallScreen } from './WallScreen';

const DEFAULT_SECONDS = 15;

export function WallPage() {
  // Before the first query goes out, so it already carries the device token.
  useState(captureDeviceToken);
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const scope = useWallScope(params.get('scope'));
  const panelsParam = params.get('panels');
  const seconds = Number(params.get('seconds'));
  const intervalMs = (Number.isFinite(seconds) && seconds >= 5 ? seconds : DEFAULT_SECONDS) * 1000;
  const devicePlaylist = scope.status === 'ready' ? (scope.playlist?.join(',') ?? null) : null;
  const panels = useMemo(() => parsePanels(panelsParam ?? devicePlaylist), [panelsParam, devicePlaylist]);
  const panelsKey = panels.join(',');

  // The dark wall theme covers the whole page while the wall is mounted.
  useEffect(() => {
    document.documentElement.classList.add('theme-wall');
    return () => document.documentElement.classList.remove('theme-wall');
  }, []);

  // A double click (or tap) asks for full screen; kiosk browsers start in full screen anyway.
  useEffect(() => {
    const toggle = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    };
    document.addEventListener('dblclick', toggle);
    return () => document.removeEventListener('dblclick', toggle);
  }, []);

  let content;
  if (scope.status === 'loading') content = <LoadingState className="p-[2vw] text-wall-md" />;
  else if (scope.status === 'error')
    content = (
      <Notice tone="error" className="m-[2vw] text-wall-sm">
        {t('wall.loadFailed')}
      </Notice>
    );
  else if (scope.status === 'unauthorised')
    content = (
      <div className="flex flex-col gap-4 p-[2vw] text-wall-sm">
        <Notice tone="error">{t('wall.unauthorised')}</Notice>
        <Link to="/login" className="text-accent underline">
          {t('wall.toLogin')}
        </Link>
      </div>
    );
  else if (scope.isUser && !mayOpenWall(scope.roles))
    content = <Navigate to="/" replace state={{ notice: 'wallForbidden' } satisfies RouteNotice} />;
  else
    content = (
      <WallScreen
        key={`${scope.scopeId}/${panelsKey}`}
        scopeId={scope.scopeId}
        panels={panels}
        intervalMs={intervalMs}
      />
    );

  return <div className="min-h-dvh bg-surface text-ink">{content}</div>;
}
