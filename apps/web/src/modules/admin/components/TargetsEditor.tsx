// Replaces an existing indicator's targets for the year; achievements and scores above it are
// recomputed by the API in the same transaction.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { Polarity } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import type { FieldError } from '../../../ui/form/FieldError';
import { Notice } from '../../../ui/Notice';
import { typedValue } from '../../entry/components/MeasurementForm';
import { SetIndicatorTargetsDocument } from '../graphql/setIndicatorTargetsMutation.generated';
import type { TargetDraft } from '../types/IndicatorDraft';
import { indicatorErrorOf } from '../utils/indicatorErrorOf';
import { validateTargets } from '../utils/validateTargets';
import { TargetGrid } from './TargetGrid';

export interface MonthTarget {
  month: number;
  target?: number | null;
  low?: number | null;
  high?: number | null;
}

function cellsOf(months: readonly MonthTarget[]): TargetDraft[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = months.find((x) => x.month === i + 1);
    return { value: typedValue(m?.target), low: typedValue(m?.low), high: typedValue(m?.high) };
  });
}

export function TargetsEditor({
  indicatorId,
  polarity,
  months,
  onSaved,
}: {
  indicatorId: string;
  polarity: Polarity;
  months: readonly MonthTarget[];
  onSaved: () => unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [cells, setCells] = useState(() => cellsOf(months));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetIndicatorTargetsDocument);
  const messageOf = fieldMessages(errors, t);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { errors: found, targets } = validateTargets(polarity, cells);
    setErrors(found);
    if (found.length > 0) return;
    try {
      await save({ variables: { input: { indicatorId, targets, clientMutationId: newMutationId() } } });
      setSaved(true);
      await onSaved();
    } catch (error) {
      setErrors([indicatorErrorOf(error, targets)]);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      data-testid="targets-editor"
      className="flex flex-col gap-3 pt-3"
    >
      <TargetGrid idPrefix={id} polarity={polarity} cells={cells} onChange={setCells} messageOf={messageOf} />
      {messageOf('form') ? <Notice tone="error">{messageOf('form')}</Notice> : null}
      {saved ? (
        <p role="status" className="text-sm font-medium" data-testid="targets-saved">
          {t('admin.targets.saved')}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={loading}>
          {t('admin.targets.save')}
        </Button>
      </div>
    </form>
  );
}
