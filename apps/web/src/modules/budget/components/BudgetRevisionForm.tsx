// Records a sub-kegiatan's APBD-P revision: pagu perubahan and the day it took effect, checked
// here with the API's rules; the API's refusals show next to their field.
import { useTranslation } from 'react-i18next';
import { CreateForm } from '../../../ui/form/CreateForm';
import { FormInput } from '../../../ui/form/FormInput';
import { ReviseSubActivityBudgetDocument } from '../graphql/reviseSubActivityBudgetMutation.generated';
import { budgetRevisionErrorOf } from '../utils/budgetRevisionErrorOf';
import {
  rupiahDigits,
  validateBudgetRevision,
  type BudgetRevisionDraft,
} from '../utils/validateBudgetRevision';

export function BudgetRevisionForm({
  subActivityId,
  year,
  current,
  onSaved,
}: {
  subActivityId: string;
  year: number;
  /** The revision already recorded, to start from. */
  current: { paguPerubahan: string | null; paguPerubahanBerlaku: string | null };
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const empty: BudgetRevisionDraft = {
    paguPerubahan: current.paguPerubahan ?? '',
    effectiveOn: current.paguPerubahanBerlaku ?? '',
  };
  return (
    <CreateForm
      thing="budget-revision"
      catalog="budgetRevision.form"
      errorOf={budgetRevisionErrorOf}
      check={(draft) => validateBudgetRevision(draft, year)}
      empty={empty}
      fieldsOf={(draft) => ({
        subActivityId,
        paguPerubahan: rupiahDigits(draft.paguPerubahan) ?? draft.paguPerubahan.trim(),
        effectiveOn: draft.effectiveOn,
      })}
      mutation={ReviseSubActivityBudgetDocument}
      answerOf={(data) => data.reviseSubActivityBudget.id}
      onSaved={onSaved}
    >
      {({ bind }) => (
        <div className="grid gap-4 md:grid-cols-2">
          <FormInput
            {...bind('paguPerubahan')}
            inputMode="numeric"
            hint={t('budgetRevision.form.paguHint')}
          />
          <FormInput {...bind('effectiveOn')} type="date" min={`${year}-01-01`} max={`${year}-12-31`} />
        </div>
      )}
    </CreateForm>
  );
}
