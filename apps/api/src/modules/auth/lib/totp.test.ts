import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpUri } from './totp';

const NOW = new Date('2026-12-02T03:00:10Z');
const at = (offsetSeconds: number) => Math.floor(NOW.getTime() / 1000) + offsetSeconds;

describe('TOTP codes', () => {
  const secret = newTotpSecret();

  it('accepts the current code and one a step either side, and answers its time step', async () => {
    for (const offset of [0, -30, 30]) {
      const code = await generate({ secret, epoch: at(offset) });
      const check = await checkTotp(secret, code, null, NOW);
      expect(check.ok, `offset ${offset}`).toBe(true);
    }
  });

  it('refuses a wrong, an expired or a malformed code', async () => {
    const expired = await generate({ secret, epoch: at(-120) });
    expect(await checkTotp(secret, expired, null, NOW)).toEqual({ ok: false, rule: 'invalid' });
    const right = await generate({ secret, epoch: at(0) });
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(await checkTotp(secret, wrong, null, NOW)).toEqual({ ok: false, rule: 'invalid' });
    expect(await checkTotp(secret, 'abcdef', null, NOW)).toEqual({ ok: false, rule: 'invalid' });
  });

  it('refuses a code of a step already used, or of an earlier one', async () => {
    const code = await generate({ secret, epoch: at(0) });
    const first = await checkTotp(secret, code, null, NOW);
    if (!first.ok) throw new Error('the current code must pass');
    expect(await checkTotp(secret, code, first.timeStep, NOW)).toEqual({ ok: false, rule: 'reused' });
    const earlier = await generate({ secret, epoch: at(-30) });
    expect(await checkTotp(secret, earlier, first.timeStep, NOW)).toEqual({ ok: false, rule: 'reused' });
  });

  it('names the issuer and the account in the URI an authenticator scans', () => {
    expect(totpUri('JBSWY3DPEHPK3PXP', 'kadis-kesehatan')).toMatch(
      /^otpauth:\/\/totp\/E-Kinerja%20BSC:kadis-kesehatan\?secret=JBSWY3DPEHPK3PXP/,
    );
  });
});

describe('recovery codes', () => {
  it('are ten distinct readable codes, typed with or without hyphens and in any case', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
    expect(normaliseRecoveryCode(' K7PM-3XQA 9d ')).toBe('k7pm3xqa9d');
  });
});
