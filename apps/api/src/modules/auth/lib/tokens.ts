// Opaque bearer tokens: random, shown once, stored only as their SHA-256.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const SESSION_COOKIE = 'ekinerja_session';

/** The token from `Authorization: Bearer …`, or from the session cookie. */
export function tokenFromHeaders(
  headers: { authorization?: string; cookie?: string },
  cookies: Record<string, string | undefined>,
): string | null {
  const auth = headers.authorization;
  if (auth && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim() || null;
  return cookies[SESSION_COOKIE] ?? null;
}
