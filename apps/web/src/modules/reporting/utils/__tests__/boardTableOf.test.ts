import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../transfer/utils/toCsv';
import { boardTableOf, type BoardRowView } from '../boardTableOf';

const t = (key: string) => key.replace('board.', '');

const row = (name: string, extra: Partial<BoardRowView> = {}): BoardRowView => ({
  scope: { name },
  due: 12,
  saved: 1,
  submitted: 2,
  verified: 8,
  rejected: 1,
  late: 3,
  complete: false,
  operators: ['Operator Dinas Kesehatan', 'Operator Kedua'],
  unitHeads: ['Kepala Dinas Kesehatan'],
  ...extra,
});

describe('boardTableOf', () => {
  it('writes one line per unit with its counts, status and the people responsible', () => {
    const csv = toCsv(boardTableOf([row('Dinas Kesehatan')], 'Belum melapor', t));
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'columns.unit;columns.due;columns.saved;columns.submitted;columns.verified;' +
        'columns.rejected;columns.late;columns.status;columns.operators;columns.unitHeads',
    );
    expect(lines[1]).toBe(
      'Dinas Kesehatan;12;1;2;8;1;3;incomplete;"Operator Dinas Kesehatan, Operator Kedua";Kepala Dinas Kesehatan',
    );
  });

  it('keeps names a spreadsheet would read as formulas as text', () => {
    const rows = ['=SUM(A1)', '+62 Dinas', '-Dinas', '@Dinas'].map((name) =>
      row(name, { operators: ['=cmd|calc'], unitHeads: [], complete: true }),
    );
    const lines = toCsv(boardTableOf(rows, 'Belum melapor', t))
      .slice(1)
      .split('\r\n');
    expect(lines.slice(1, 5).map((l) => l.split(';')[0])).toEqual([
      "'=SUM(A1)",
      "'+62 Dinas",
      "'-Dinas",
      "'@Dinas",
    ]);
    expect(lines[1]).toContain(";complete;'=cmd|calc;");
  });
});
