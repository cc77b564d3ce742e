// The panels a screen shows, one checkbox each in the wall's order; the message about them sits
// under the group and is announced with each box.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import type { WallPanelId } from '../../wall/types/WallPanelId';
import { wallPanels } from '../../wall/utils/wallPanels';

export function PlaylistFields({
  legend,
  value,
  error,
  disabled = false,
  onChange,
}: {
  legend: string;
  value: ReadonlySet<WallPanelId>;
  error: string | null;
  disabled?: boolean;
  onChange: (next: ReadonlySet<WallPanelId>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const toggle = (panel: WallPanelId, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(panel);
    else next.delete(panel);
    onChange(next);
  };
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={hintId} data-testid="device-playlist">
      <legend className="mb-1 font-medium">{legend}</legend>
      <p id={hintId} className="text-sm text-ink-muted">
        {t('devices.playlist.hint')}
      </p>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {wallPanels.map((panel) => (
          <label key={panel} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="playlist"
              value={panel}
              checked={value.has(panel)}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => toggle(panel, e.target.checked)}
              className="size-5 shrink-0 accent-accent"
            />
            <span>{t(`wall.panels.${panel}`)}</span>
          </label>
        ))}
      </div>
      <FieldMessage id={errorId} message={error} testId="device-error-playlist" />
    </fieldset>
  );
}
