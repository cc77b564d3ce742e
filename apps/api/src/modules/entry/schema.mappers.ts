// Internal models behind the entry module's GraphQL types (used by codegen).
import type { Measurement } from '@ekinerja/db';

export interface EntryTaskMapper {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  polarity: string;
  ownerRef: { type: 'Tenant' | 'OrgUnit'; id: string };
  year: number;
  month: number;
  deadline: Date;
  opensAt: Date;
  locksAt: Date | null;
  phase: 'NOT_OPEN' | 'OPEN' | 'GRACE' | 'LOCKED' | 'REOPENED';
  late: boolean;
  target: number | null;
  low: number | null;
  high: number | null;
  measurement: Measurement | null;
}

export interface BudgetTaskMapper {
  subActivityId: string;
  code: string;
  name: string;
  orgUnitId: string;
  month: number;
  pagu: bigint;
  plannedSpend: bigint;
  realisedSpend: bigint | null;
  plannedPhysical: number;
  realisedPhysical: number | null;
  version: number;
  /** The month's row, once anything was reported (its evidence hangs on it). */
  budgetMonthId: string | null;
}
