// The operator's month as a sheet to fill in and import: one row per indicator with its ID (what
// the import matches on), the target for reference, and the value reported so far.
import { TEMPLATE_IDENTITY_COLUMNS } from '../../imports/utils/templateColumns';
import type { ExportTable } from '../../transfer/types/ExportTable';
import type { IndicatorTask } from '../types/EntryTask';

export function realisationTemplateOf(tasks: readonly IndicatorTask[], title: string): ExportTable {
  return {
    title,
    columns: [
      ...TEMPLATE_IDENTITY_COLUMNS,
      { key: 'target', header: 'Target', kind: 'number' },
      { key: 'value', header: 'Realisasi', kind: 'number' },
      { key: 'note', header: 'Catatan', kind: 'text' },
      // The written analysis a value short of target needs (LKjIP Bab III); blank otherwise.
      { key: 'obstacles', header: 'Faktor penghambat', kind: 'text' },
      { key: 'supportingFactors', header: 'Faktor pendukung', kind: 'text' },
      { key: 'followUpPlan', header: 'Rencana tindak lanjut', kind: 'text' },
      { key: 'followUpDue', header: 'Target waktu tindak lanjut', kind: 'text' },
    ],
    rows: tasks.map((task) => ({
      id: task.indicatorId,
      code: task.code,
      name: task.name,
      unit: task.unit,
      year: task.year,
      month: task.month,
      target: task.target ?? null,
      value: task.measurement?.value ?? null,
      note: task.measurement?.note ?? null,
      obstacles: task.measurement?.analysis?.obstacles ?? null,
      supportingFactors: task.measurement?.analysis?.supportingFactors ?? null,
      followUpPlan: task.measurement?.analysis?.followUpPlan ?? null,
      followUpDue: task.measurement?.analysis?.followUpDue ?? null,
    })),
  };
}
