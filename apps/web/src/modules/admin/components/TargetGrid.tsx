// The year's twelve monthly targets as a grid of inputs: one value per month, or a low and a high
// for a STABILIZE indicator. An empty month has no target (nothing due then).
import { useTranslation } from 'react-i18next';
import type { Polarity } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { formatMonth } from '../../format/formatMonth';
import type { TargetDraft } from '../types/IndicatorDraft';

export function TargetGrid({
  idPrefix,
  polarity,
  cells,
  onChange,
  messageOf,
}: {
  idPrefix: string;
  polarity: Polarity;
  cells: readonly TargetDraft[];
  onChange: (cells: TargetDraft[]) => void;
  messageOf: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const keys: (keyof TargetDraft)[] = polarity === 'STABILIZE' ? ['low', 'high'] : ['value'];
  const set = (index: number, key: keyof TargetDraft, text: string) =>
    onChange(cells.map((cell, i) => (i === index ? { ...cell, [key]: text } : cell)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{t('admin.targets.title')}</legend>
      <p className="text-sm text-ink-muted">{t('admin.targets.hint')}</p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
        {cells.map((cell, i) => (
          <div key={i} className="flex flex-col gap-1 rounded-lg border border-line p-2">
            <span className="text-sm font-medium">{formatMonth(i + 1, locale)}</span>
            {keys.map((key) => {
              const field = `targets.m${i + 1}.${key}`;
              const id = `${idPrefix}-t${i + 1}-${key}`;
              const error = messageOf(field);
              return (
                <div key={key} className="flex flex-col gap-1">
                  <label htmlFor={id} className="text-sm">
                    {t(`admin.targets.${key}`, { month: formatMonth(i + 1, locale) })}
                  </label>
                  <input
                    id={id}
                    inputMode="decimal"
                    autoComplete="off"
                    value={cell[key]}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(e) => set(i, key, e.target.value)}
                    className={INPUT_CLASS}
                  />
                  <FieldMessage id={`${id}-error`} message={error} testId={`admin-error-${field}`} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <FieldMessage
        id={`${idPrefix}-targets-error`}
        message={messageOf('targets')}
        testId="admin-error-targets"
      />
    </fieldset>
  );
}
