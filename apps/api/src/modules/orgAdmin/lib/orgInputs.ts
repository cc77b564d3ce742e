// zod rules for the organisation tree, and the pure checks behind them: what a NIP encodes, and
// which kind of unit sits under which parent.
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';
import { idOf } from '../../../ids';

const name = z.string().trim().min(1).max(200);
const shortName = z.string().trim().min(1).max(60);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
/** Blank is "none" (null); left out is "unchanged" (undefined), so an edit keeps what it does not send. */
const blankAsNull = (v: string | null | undefined) => (v === undefined ? undefined : v || null);

const tenantCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/);

/** An IANA time zone the runtime knows (`Asia/Makassar` for WITA, `Asia/Jakarta`, `Asia/Jayapura`). */
export const timeZone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'unknown time zone');

export const createTenantInput = z.object({
  kind: z.enum(['REGENCY', 'CITY']),
  code: tenantCode,
  name,
  shortName,
  capital: optionalText(100),
  clientMutationId,
});

/** The first tenant of an empty installation and its first administrator (`pnpm cli setup`). */
export const firstTenantInput = z.object({
  kind: z.enum(['PROVINCE', 'REGENCY', 'CITY']),
  code: tenantCode,
  name,
  shortName,
  timeZone,
  adminUsername: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[a-z0-9._-]+$/),
  adminDisplayName: name,
});

export const updateTenantInput = z.object({
  name,
  shortName,
  capital: z.string().trim().max(100).nullish().transform(blankAsNull),
  clientMutationId,
});

export const orgUnitInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9.-]{0,31}$/),
  name,
  shortName,
  clientMutationId,
});

export const positionInput = z.object({
  title: z.string().trim().min(1).max(200),
  level: z.enum(['JPT', 'ADMINISTRATOR', 'SUPERVISOR', 'STAFF']),
  clientMutationId,
});

const contact = {
  email: z.string().trim().max(200).nullish().transform(blankAsNull).pipe(z.email().nullish()),
  phone: z
    .string()
    .trim()
    .nullish()
    .transform(blankAsNull)
    .pipe(
      z
        .string()
        .regex(/^\+?[0-9 -]{6,20}$/)
        .nullish(),
    ),
};

export const createOfficialInput = z.object({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/),
  name,
  ...contact,
  clientMutationId,
});

export const updateOfficialInput = z.object({ name, ...contact, clientMutationId });

export const createScorecardInput = z.object({
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(300),
  weights: z
    .array(
      z.object({
        perspective: z.enum(['STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH']),
        weight: z.number().finite().min(0).max(100),
      }),
    )
    .max(4),
  clientMutationId,
});

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The rule an 18-digit NIP breaks, or null: birth date YYYYMMDD, appointment YYYYMM after birth,
 * sex 1 (male) or 2 (female), then a three-digit sequence.
 */
export function nipProblem(nip: string): 'birthDate' | 'appointment' | 'sex' | null {
  const digits = (from: number, to: number) => Number(nip.slice(from, to));
  const [birthYear, birthMonth, birthDay] = [digits(0, 4), digits(4, 6), digits(6, 8)];
  if (birthYear < 1900 || !isCalendarDate(birthYear, birthMonth, birthDay)) return 'birthDate';
  const [appointedYear, appointedMonth] = [digits(8, 12), digits(12, 14)];
  if (appointedMonth < 1 || appointedMonth > 12 || appointedYear <= birthYear) return 'appointment';
  if (nip[14] !== '1' && nip[14] !== '2') return 'sex';
  return null;
}

export type UnitKind = 'OPD' | 'DIVISION' | 'SECTION';

/** A tenant holds OPDs, an OPD bidang, a bidang seksi; a seksi holds nothing. */
export function childUnitKind(parent: 'TENANT' | UnitKind): UnitKind | null {
  if (parent === 'TENANT') return 'OPD';
  if (parent === 'OPD') return 'DIVISION';
  if (parent === 'DIVISION') return 'SECTION';
  return null;
}

/** An official's position: a Position's global id, or none. */
export const optionalPositionId = (id: string | null | undefined): string | null =>
  id ? idOf('Position', id, 'positionId') : null;
