// One indicator's month: the value, a note, evidence links and files; save as a draft or save and submit
// for verification. Saves go through the outbox (kept and retried when the network fails); the
// API's refusal comes back as messages on the fields, or as a conflict to resolve.
import { newMutationId } from '../../../app/apollo/newMutationId';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import type { MeasurementOutbox } from '../outbox/MeasurementOutbox';
import { taskKeyOf, type OutboxState } from '../outbox/outboxTypes';
import type { IndicatorTask } from '../types/EntryTask';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import type { FieldError } from '../../../ui/form/FieldError';
import { EMPTY_ANALYSIS, type MeasurementDraft } from '../types/MeasurementDraft';
import { parseDecimal } from '../../format/parseDecimal';
import { isShortOfTarget } from '../utils/isShortOfTarget';
import { isAnalysisEmpty, validateAnalysis } from '../utils/validateAnalysis';
import { AnalysisFields } from './AnalysisFields';
import { measurementErrorsOf, type SaveConflict } from '../utils/measurementErrorsOf';
import { LIMITS, validateMeasurement } from '../utils/validateMeasurement';
import { ConflictChoice } from './ConflictChoice';
import { EvidenceFields } from './EvidenceFields';
import { EvidenceFileUpload } from '../../evidence/components/EvidenceFileUpload';
import { MyTasksDocument } from '../graphql/myTasksQuery.generated';
import { useApolloClient } from '@apollo/client/react';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { SaveStatus } from './SaveStatus';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';

/** The stored value as the operator would type it (comma decimals, no rounding). */
export function typedValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

function draftOf(task: IndicatorTask): MeasurementDraft {
  const m = task.measurement;
  return {
    value: typedValue(m?.value),
    note: m?.note ?? '',
    // Files are uploaded on their own; the draft holds the typed links only.
    evidence: (m?.evidence ?? [])
      .filter((e) => e.kind === 'LINK')
      .map((e) => ({ title: e.title, url: e.url })),
    reason: '',
    analysis: m?.analysis
      ? {
          obstacles: m.analysis.obstacles,
          supportingFactors: m.analysis.supportingFactors ?? '',
          followUpPlan: m.analysis.followUpPlan,
          followUpDue: m.analysis.followUpDue,
        }
      : EMPTY_ANALYSIS,
  };
}

export function MeasurementForm({
  task,
  outbox,
  outboxState,
}: {
  task: IndicatorTask;
  outbox: MeasurementOutbox;
  outboxState: OutboxState;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const id = useId();
  const key = taskKeyOf(task.indicatorId, task.year, task.month);
  const [draft, setDraft] = useState<MeasurementDraft>(() => draftOf(task));
  const [errors, setErrors] = useState<FieldError[]>([]);
  // The version this edit started from: a save from an older version is a conflict, never a loss.
  const [baseVersion, setBaseVersion] = useState(task.measurement?.version ?? 0);
  const [baseStatus, setBaseStatus] = useState(task.measurement?.status ?? 'NONE');
  const [conflict, setConflict] = useState<SaveConflict | null>(null);

  const pending = outboxState.pending.find((p) => p.taskKey === key);
  const sending = outboxState.sending.has(key);
  const outcome = outboxState.outcomes.get(key);
  const seenOutcome = useRef(outcome);
  useEffect(() => {
    if (!outcome || outcome === seenOutcome.current) return;
    seenOutcome.current = outcome;
    if (outcome.kind === 'applied') {
      setBaseVersion(outcome.version);
      setBaseStatus(outcome.status);
      setDraft((d) => ({ ...d, reason: '' }));
      return;
    }
    const refusal = measurementErrorsOf(outcome.error);
    if (refusal.kind === 'conflict') setConflict(refusal.conflict);
    else setErrors(refusal.errors);
  }, [outcome]);

  const revisingVerified = (conflict ? conflict.currentStatus : baseStatus) === 'VERIFIED';
  const messageOf = fieldMessages(errors, t);
  const short = isShortOfTarget(task, parseDecimal(draft.value));
  const [analysisOpened, setAnalysisOpened] = useState(() => !isAnalysisEmpty(draft.analysis));
  const analysisOpen = analysisOpened || short || errors.some((e) => e.field.startsWith('analysis'));

  const save = (submit: boolean, expectedVersion = baseVersion) => {
    const { errors: found, value } = validateMeasurement(draft, { revisingVerified });
    const checked = validateAnalysis(draft.analysis, task);
    found.push(...checked.errors);
    // A value short of target goes up only with its analysis (the API holds the same rule).
    if (submit && short && isAnalysisEmpty(draft.analysis))
      found.push({ field: 'analysis', key: 'entry.errors.analysisRequired' });
    setErrors(found);
    if (value === null || found.length > 0) return;
    setConflict(null);
    outbox.enqueue({
      taskKey: key,
      input: {
        indicatorId: task.indicatorId,
        year: task.year,
        month: task.month,
        value,
        note: draft.note.trim() || null,
        evidence: draft.evidence.map((e) => ({ title: e.title.trim(), url: e.url.trim() })),
        reason: revisingVerified ? draft.reason.trim() : null,
        analysis: checked.analysis,
        expectedVersion,
        clientMutationId: newMutationId(),
      },
      submitMutationId: submit ? newMutationId() : null,
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save(false);
  };

  const valueError = messageOf('value');
  const noteError = messageOf('note');
  const reasonError = messageOf('reason');
  const formError = messageOf('form') ?? messageOf('year') ?? messageOf('indicatorId');
  const busy = Boolean(pending);
  return (
    <form noValidate onSubmit={onSubmit} data-testid="entry-form" className="flex flex-col gap-3 pt-3">
      {task.measurement?.status === 'REJECTED' && task.measurement.rejectionReason ? (
        <Notice tone="error">{t('entry.form.rejected', { reason: task.measurement.rejectionReason })}</Notice>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-value`} className="font-medium">
          {t('entry.form.value', { unit: task.unit })}
        </label>
        <input
          id={`${id}-value`}
          name="value"
          inputMode="decimal"
          autoComplete="off"
          value={draft.value}
          aria-invalid={valueError ? true : undefined}
          aria-describedby={`${id}-value-hint${valueError ? ` ${id}-value-error` : ''}`}
          onChange={(e) => setDraft((d) => ({ ...d, value: e.target.value }))}
          className={`${INPUT_CLASS} text-lg`}
        />
        <p id={`${id}-value-hint`} className="text-sm text-ink-muted">
          {t('entry.form.valueHint')}
        </p>
        <FieldMessage id={`${id}-value-error`} message={valueError} testId="entry-error-value" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-note`} className="font-medium">
          {t('entry.form.note')}
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          value={draft.note}
          maxLength={LIMITS.note + 1}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))}
          className={`${INPUT_CLASS} py-2`}
        />
        <FieldMessage id={`${id}-note-error`} message={noteError} testId="entry-error-note" />
      </div>
      <EvidenceFields
        idPrefix={id}
        links={draft.evidence}
        onChange={(evidence) => setDraft((d) => ({ ...d, evidence }))}
        messageOf={messageOf}
      />
      <EvidenceFileUpload
        target={task.measurement ? { measurementId: task.measurement.id } : null}
        files={(task.measurement?.evidence ?? []).filter((e) => e.kind === 'FILE')}
        onUploaded={() => void client.refetchQueries({ include: [MyTasksDocument] })}
      />
      <AnalysisFields
        idPrefix={id}
        draft={draft.analysis}
        open={analysisOpen}
        short={short}
        onOpen={() => setAnalysisOpened(true)}
        onChange={(analysis) => setDraft((d) => ({ ...d, analysis }))}
        messageOf={messageOf}
      />
      {revisingVerified ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-reason`} className="font-medium">
            {t('entry.form.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            value={draft.reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
            className={`${INPUT_CLASS} py-2`}
          />
          <FieldMessage id={`${id}-reason-error`} message={reasonError} testId="entry-error-reason" />
        </div>
      ) : null}
      {conflict ? (
        <ConflictChoice
          unit={task.unit}
          mine={draft.value}
          conflict={conflict}
          onKeepMine={() => save(false, conflict.currentVersion)}
          onTakeTheirs={() => {
            setDraft((d) => ({ ...d, value: typedValue(conflict.currentValue), reason: '' }));
            setBaseVersion(conflict.currentVersion);
            setBaseStatus(conflict.currentStatus);
            setConflict(null);
            setErrors([]);
          }}
        />
      ) : null}
      {formError ? (
        <Notice tone="error" testId="entry-error-form">
          {formError}
        </Notice>
      ) : null}
      <SaveStatus pending={pending} sending={sending} outcome={outcome} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" tone="quiet" disabled={busy}>
          {t('entry.form.saveDraft')}
        </Button>
        <Button onClick={() => save(true)} disabled={busy}>
          {t('entry.form.saveAndSubmit')}
        </Button>
      </div>
    </form>
  );
}
