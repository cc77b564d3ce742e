// The period a quarterly report covers: a year and its quarter (1–4).
export interface ReportPeriod {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}
