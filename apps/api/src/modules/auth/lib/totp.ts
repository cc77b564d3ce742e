// TOTP (RFC 6238) with otplib: 30-second steps, six digits, a code accepted from one step before
// or after now (clock drift), never a step at or before the last one accepted (a code is used
// once), and one-time recovery codes that people can read and type.
import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'E-Kinerja BSC';
const PERIOD_SECONDS = 30;
/** Seconds either side of now a code is still accepted: one 30-second step. */
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** Unambiguous letters and digits (no 0/o, 1/l/i). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newTotpSecret(): string {
  return generateSecret();
}

/** What an authenticator app scans (as a QR code) to add the account. */
export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: username, secret });
}

export type TotpCheck = { ok: true; timeStep: number } | { ok: false; rule: 'invalid' | 'reused' };

/** Whether `code` is the secret's code around `now`, and not one already used. */
export async function checkTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now: Date = new Date(),
): Promise<TotpCheck> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return { ok: false, rule: 'invalid' };
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token, epoch, epochTolerance: TOLERANCE_SECONDS });
  if (!result.valid) return { ok: false, rule: 'invalid' };
  // The step the code belongs to: now's, moved by how many steps away it matched.
  const timeStep = Math.floor(epoch / PERIOD_SECONDS) + result.delta;
  if (lastStep !== null && timeStep <= lastStep) return { ok: false, rule: 'reused' };
  return { ok: true, timeStep };
}

/** Ten codes like `k7pm-3xqa-9d`: 50 random bits each, typed with or without the hyphens. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
  });
}

/** A recovery code as stored and compared: lower case, no spaces or hyphens. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, '');
}
