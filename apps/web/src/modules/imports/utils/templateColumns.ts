// The columns every import template starts with: the indicator's ID (what an import matches on),
// what a person reads to recognise it, and the period. Headers are the import's column names.
import type { ExportColumn } from '../../transfer/types/ExportColumn';

export const TEMPLATE_IDENTITY_COLUMNS: readonly ExportColumn[] = [
  { key: 'id', header: 'ID indikator', kind: 'text' },
  { key: 'code', header: 'Kode', kind: 'text' },
  { key: 'name', header: 'Nama indikator', kind: 'text' },
  { key: 'unit', header: 'Satuan', kind: 'text' },
  { key: 'year', header: 'Tahun', kind: 'number' },
  { key: 'month', header: 'Bulan', kind: 'number' },
];
