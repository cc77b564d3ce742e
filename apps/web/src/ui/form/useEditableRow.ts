// One row of an editable list (an indicator, an objective): which panel is open under it (its
// form, the confirm step of its deletion, any other the row has: `edit`, `delete`, `targets`),
// the keyboard back on a panel's button when it closes, the deletion, and what the page is told
// after a change.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../app/apollo/newMutationId';
import type { FieldError } from './FieldError';
import { fieldMessages } from './fieldMessages';
import type { RowNaming } from './RowNaming';
import type { RowNotice } from './RowNotice';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function useEditableRow({
  naming: { section, thing },
  item,
  errorOf,
  messagesOf = fieldMessages,
  remove,
  onChanged,
  onNotice,
}: {
  naming: RowNaming;
  item: { id: string; code: string; name: string };
  /** The API's refusal of the deletion, as a message. */
  errorOf: (error: unknown) => FieldError;
  /** Reads the messages: the feature's own, when it words what is still in use. */
  messagesOf?: (errors: readonly FieldError[], t: Translate) => (field: string) => string | null;
  /** Sends the deletion; throws the API's refusal. */
  remove: (clientMutationId: string) => Promise<unknown>;
  /** Reloads the list. */
  onChanged: () => unknown;
  onNotice: (notice: RowNotice | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [deleting, setDeleting] = useState(false);
  const words = `${section}.${thing}s`;
  const formWords = `${section}.${thing}`;
  const goneKey = `${section}.errors.${thing}Gone`;

  /** The id of the button that opens a panel, where the keyboard goes back when it closes. */
  const buttonId = (panel: string) => `${id}-${panel}`;
  /** Opens a panel, or closes it when it is open; what was said before goes. */
  const toggle = (panel: string) => {
    setErrors([]);
    onNotice(null);
    setOpen((current) => (current === panel ? null : panel));
  };
  const close = (panel: 'edit' | 'delete') => {
    setOpen(null);
    setErrors([]);
    document.getElementById(buttonId(panel))?.focus();
  };
  /** The thing was deleted meanwhile: said on the page, and the list reloads. */
  const gone = async () => {
    onNotice({ tone: 'error', text: t(goneKey) });
    await onChanged();
  };
  /** Confirmed: deletes the thing, or shows why the API keeps it. */
  const confirmDelete = async () => {
    setErrors([]);
    setDeleting(true);
    try {
      await remove(newMutationId());
      setDeleting(false);
      onNotice({ tone: 'info', text: t(`${words}.deleted`, { code: item.code }) });
      await onChanged();
    } catch (error) {
      setDeleting(false);
      const refusal = errorOf(error);
      if (refusal.key === goneKey) await gone();
      else setErrors([refusal]);
    }
  };

  return {
    id,
    thing,
    words,
    formWords,
    item,
    open,
    deleting,
    messageOf: messagesOf(errors, t),
    buttonId,
    toggle,
    close,
    confirmDelete,
    /** Where the row's form reports: a save (said on the page), the thing gone, a cancel. */
    formEvents: {
      onSaved: async ({ code, recomputed }: { code: string; recomputed: boolean }) => {
        onNotice({
          tone: 'info',
          text: t(`${words}.${recomputed ? 'updatedRecomputed' : 'updated'}`, { code }),
        });
        close('edit');
        await onChanged();
      },
      onGone: gone,
      onCancel: () => close('edit'),
    },
  };
}

export type EditableRowState = ReturnType<typeof useEditableRow>;
