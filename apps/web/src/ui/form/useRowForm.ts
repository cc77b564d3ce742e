// The form of an editable list's thing (an indicator, an objective): it adds a new one, or, from a
// row, changes that row's. A change that moves scores makes the API recompute the year, which
// takes seconds: the form says so while it waits. Checked here with the API's rules; what the API
// still refuses is said next to the field it names, the keyboard left where it is.
import { useState } from 'react';
import { newMutationId } from '../../app/apollo/newMutationId';
import type { FieldError } from './FieldError';
import type { RowNaming } from './RowNaming';
import { useBoundDraft } from './useBoundDraft';
import { useForm } from './useForm';

type Checked<I> = { errors: readonly FieldError[]; input: I | null };
type RefusalOf = (error: unknown) => FieldError;

export function useRowForm<D extends object>({
  naming,
  testIdPrefix = naming.thing,
  errorOf,
  messagesOf,
  initial,
  onSaved,
  onGone,
}: {
  naming: RowNaming;
  /** A field's message has the test id `<testIdPrefix>-error-<field>`: by default the thing's. */
  testIdPrefix?: string;
  /** The API's refusal as a message (a write may read it its own way). */
  errorOf: RefusalOf;
  messagesOf?: Parameters<typeof useForm>[0]['messagesOf'];
  initial: D;
  /** After a save; `recomputed` when the scores of the year were recomputed. */
  onSaved: (saved: { code: string; recomputed: boolean }) => unknown;
  /** The thing being changed no longer exists (deleted meanwhile). */
  onGone?: () => unknown;
}) {
  const { section, thing } = naming;
  const goneKey = `${section}.errors.${thing}Gone`;
  const form = useForm({ errorOf, messagesOf, testIdPrefix, focusFirst: false });
  const drafted = useBoundDraft(form, initial, `${section}.${thing}`);
  const [sending, setSending] = useState(false);
  /** While a change waits: `recompute` when it moves scores and the year is recomputed. */
  const [busy, setBusy] = useState<'recompute' | 'save' | null>(null);
  const [created, setCreated] = useState<{ id: string; code: string } | null>(null);

  /** Checks, then runs the write; its refusal is shown (and returned), else null. */
  const run = async <I>(
    { errors, input }: Checked<I>,
    write: (input: I) => Promise<unknown>,
    pending: 'recompute' | 'save' | null,
    refusalOf: RefusalOf,
  ): Promise<FieldError | null | undefined> => {
    setCreated(null);
    form.show(errors);
    if (!input) return undefined;
    setBusy(pending);
    setSending(true);
    try {
      await write(input);
      return null;
    } catch (error) {
      setSending(false);
      setBusy(null);
      const refusal = refusalOf(error);
      form.show([refusal]);
      return refusal;
    }
  };

  /** Saves a change of the row's thing; `recomputes` says whether it moves scores. */
  const change = async <I>(
    checked: Checked<I>,
    recomputes: (input: I) => boolean,
    write: (input: I, clientMutationId: string) => Promise<{ code: string }>,
    refusalOf: RefusalOf = errorOf,
  ) => {
    const recomputed = checked.input !== null && recomputes(checked.input);
    const refusal = await run(
      checked,
      async (input) => {
        const { code } = await write(input, newMutationId());
        setSending(false);
        setBusy(null);
        await onSaved({ code, recomputed });
      },
      recomputed ? 'recompute' : 'save',
      refusalOf,
    );
    if (refusal?.key === goneKey) await onGone?.();
  };

  /** Adds a new thing; the form starts again from `empty` and says what was added. */
  const add = async <I>(
    checked: Checked<I>,
    write: (input: I, clientMutationId: string) => Promise<{ id: string; code: string }>,
    empty: D,
    refusalOf: RefusalOf = errorOf,
  ) => {
    await run(
      checked,
      async (input) => {
        const saved = await write(input, newMutationId());
        setSending(false);
        setCreated(saved);
        drafted.reset(empty);
        await onSaved({ code: saved.code, recomputed: false });
      },
      null,
      refusalOf,
    );
  };

  return { naming, form, ...drafted, sending, busy, created, change, add };
}

/** What the form's frame shows of it. */
export type RowFormState = Pick<
  ReturnType<typeof useRowForm<object>>,
  'naming' | 'form' | 'sending' | 'busy' | 'created'
>;
