// Checks an onboarding import test makes of a refused workbook: nothing was applied and the
// database is as it was; and each row's problems as [row, column, rule].
import { expect } from 'vitest';
import type { ImportResult } from '../modules/onboarding/lib/importOutcome';

/** Applies `content` and expects it refused with the database (as `state` reads it) unchanged. */
export function refusedImport(
  importFile: (content: Buffer, apply: boolean) => Promise<ImportResult>,
  state: () => Promise<string>,
): (content: Buffer) => Promise<ImportResult> {
  return async (content) => {
    const before = await state();
    const result = await importFile(content, true);
    expect(result.applied).toBe(false);
    expect(await state()).toBe(before);
    return result;
  };
}

export const problemsOf = (result: ImportResult) =>
  result.rows.flatMap((r) => r.problems.map((p) => [p.row, p.column, p.rule]));
