// The SKP export as staff retype or upload it into e-Kinerja BKN: one sheet per official (identity,
// RHK with indicators, targets and realisation, the ratings and the predikat) and one summary
// sheet per unit. Text is formula-escaped like every other export; NIP stays text (18 digits).
import type { SkpPlanFieldsFragment } from '../graphql/skpPlanFieldsFragment.generated';
import { escapeCell } from '../../transfer/utils/escapeCell';
import { loadExcelJs } from '../../transfer/utils/loadExcelJs';
import { sheetNameFor } from '../../transfer/utils/sheetNameFor';
import { evaluationOf } from './evaluationOf';
import type { SkpPeriod } from '../../../gql/graphql';

type Translate = (key: string, params?: Record<string, unknown>) => string;

const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_CELL_TEXT = 32_767;
const COLUMN_WIDTHS = [6, 40, 36, 40, 14, 36, 36];

const cell = (value: string | null | undefined): string => escapeCell((value ?? '').slice(0, MAX_CELL_TEXT));

/** Names Excel accepts, each once: a repeated name gets ` (2)`, ` (3)` … within 31 characters. */
function uniqueNames() {
  const used = new Set<string>();
  return (title: string): string => {
    const base = sheetNameFor(title);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1)
      name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  };
}

export async function buildSkpWorkbook(
  plans: readonly SkpPlanFieldsFragment[],
  { period, t }: { period: SkpPeriod; t: Translate },
): Promise<Blob> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const nameOf = uniqueNames();
  const label = (key: string) => cell(t(`skp.export.${key}`));
  const rating = (value: string | null | undefined) => (value ? cell(t(`skp.rating.${value}`)) : '');
  const predicate = (value: string | null | undefined) => (value ? cell(t(`skp.predicate.${value}`)) : '');
  const periodLabel = `${t(`skp.period.${period}`)} ${plans[0]?.year ?? ''}`.trim();

  const byUnit = new Map<string, SkpPlanFieldsFragment[]>();
  for (const plan of plans) byUnit.set(plan.unitName, [...(byUnit.get(plan.unitName) ?? []), plan]);

  for (const [unitName, unitPlans] of byUnit) {
    const sheet = workbook.addWorksheet(nameOf(`${t('skp.export.summarySheet')} ${unitName}`));
    sheet.addRow([label('summaryTitle')]).font = { bold: true };
    sheet.addRow([label('unit'), cell(unitName)]);
    sheet.addRow([label('period'), cell(periodLabel)]);
    sheet.addRow([]);
    const header = sheet.addRow(
      ['no', 'nip', 'name', 'golongan', 'position', 'hasilKerja', 'perilakuKerja', 'predicate'].map(label),
    );
    header.font = { bold: true };
    unitPlans.forEach((plan, index) => {
      const evaluation = evaluationOf(plan, period);
      sheet.addRow([
        index + 1,
        cell(plan.nip),
        cell(plan.officialName),
        cell(plan.golongan),
        cell(plan.positionTitle),
        rating(evaluation?.hasilKerja),
        rating(evaluation?.perilakuKerja),
        predicate(evaluation?.predicate),
      ]);
    });
    [6, 22, 36, 12, 36, 22, 22, 22].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  }

  for (const plan of plans) {
    const evaluation = evaluationOf(plan, period);
    const sheet = workbook.addWorksheet(nameOf(plan.nip));
    sheet.addRow([label('title')]).font = { bold: true };
    sheet.addRow([label('period'), cell(periodLabel)]);
    sheet.addRow([]);
    sheet.addRow([label('appraisee')]).font = { bold: true };
    const identity: [string, string | null | undefined][] = [
      ['name', plan.officialName],
      ['nip', plan.nip],
      ['golongan', plan.golongan],
      ['position', plan.positionTitle],
      ['unit', plan.unitName],
    ];
    identity.forEach(([key, value], index) => sheet.addRow([index + 1, label(key), cell(value)]));
    sheet.addRow([]);
    const header = sheet.addRow(
      ['no', 'rhk', 'parentRhk', 'indicator', 'target', 'realisation', 'evidence'].map(label),
    );
    header.font = { bold: true };
    plan.results.forEach((rhk, index) => {
      const realisation = evaluation?.realisations.find((r) => r.rhkId === rhk.id);
      const evidence = [realisation?.evidenceUrl, realisation?.evidenceText].filter(Boolean).join('\n');
      const indicators = rhk.indicators.length > 0 ? rhk.indicators : [null];
      indicators.forEach((indicator, row) => {
        const first = row === 0;
        sheet.addRow([
          first ? index + 1 : null,
          first ? cell(rhk.text) : '',
          first ? cell(rhk.parentText) : '',
          cell(indicator?.text),
          indicator ? cell(`${indicator.target} ${indicator.unit}`) : '',
          first ? cell(realisation?.realisation) : '',
          first ? cell(evidence) : '',
        ]);
      });
    });
    sheet.addRow([]);
    sheet.addRow([label('hasilKerja'), rating(evaluation?.hasilKerja)]);
    sheet.addRow([label('behaviour')]).font = { bold: true };
    evaluation?.behaviours.forEach((b, index) =>
      sheet.addRow([index + 1, cell(t(`skp.aspect.${b.aspect}`)), rating(b.rating), cell(b.feedback)]),
    );
    sheet.addRow([label('perilakuKerja'), rating(evaluation?.perilakuKerja)]);
    sheet.addRow([label('predicate'), predicate(evaluation?.predicate)]).font = { bold: true };
    sheet.addRow([label('feedback'), cell(evaluation?.feedback)]);
    COLUMN_WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  }
  if (plans.length === 0) workbook.addWorksheet(sheetNameFor(t('skp.export.summarySheet')));

  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_MIME_TYPE });
}
