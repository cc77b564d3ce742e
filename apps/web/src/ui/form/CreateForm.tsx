// A card's form that creates one thing (a wall screen, an account) from a draft: DraftForm sending
// `mutation` with the checked fields, as a section's form worded by the catalog's `<catalog>`
// section (`title`, `submit`, `submitting`, a key per field), its test ids named after the thing.
import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DraftForm, type DraftFormProps } from './DraftForm';

type Input = { clientMutationId?: string | null };

export function CreateForm<D extends object, I extends Input, Data, R>({
  thing,
  catalog,
  mutation,
  answerOf,
  ...props
}: Omit<
  DraftFormProps<D, Omit<I, 'clientMutationId'>, R>,
  'labels' | 'testIdPrefix' | 'testId' | 'problemTestId' | 'title' | 'headingLevel' | 'submitLabel' | 'onSave'
> & {
  /** `<thing>-create-form`, `<thing>-create-error` and `<thing>-error-<field>`. */
  thing: string;
  /** The catalog's section of the form: its title, buttons and field labels. */
  catalog: string;
  mutation: TypedDocumentNode<Data, { input: I }>;
  /** What the page is told of the created thing. */
  answerOf: (data: Data) => R;
}) {
  const { t } = useTranslation();
  const [create] = useMutation(mutation);
  return (
    <DraftForm
      {...props}
      labels={catalog}
      testIdPrefix={thing}
      testId={`${thing}-create-form`}
      problemTestId={`${thing}-create-error`}
      title={t(`${catalog}.title`)}
      headingLevel={3}
      className="flex flex-col gap-4"
      submitLabel={t(`${catalog}.submit`)}
      sendingLabel={t(`${catalog}.submitting`)}
      onSave={async (fields, clientMutationId) => {
        const result = await create({ variables: { input: { ...fields, clientMutationId } as I } });
        if (!result.data) throw new Error('no answer');
        return answerOf(result.data);
      }}
    />
  );
}
