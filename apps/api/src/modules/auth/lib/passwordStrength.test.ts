import { describe, expect, it } from 'vitest';
import { describePasswordProblem, passwordProblem } from './passwordStrength';

describe('password strength for administrator accounts', () => {
  it('accepts a long passphrase of unrelated words', () => {
    expect(passwordProblem('kopi-tenun-rinjani-pelangi-29', { username: 'admin-ntb' })).toBeNull();
  });

  it('refuses a short password, saying how long it must be', () => {
    const problem = passwordProblem('Rinjani#29', { username: 'admin' });
    expect(problem).toEqual({ rule: 'tooShort', min: 12 });
    expect(describePasswordProblem(problem!)).toContain('at least 12 characters');
  });

  it('refuses a password that contains the username', () => {
    expect(passwordProblem('superadmin-2026-kuat!', { username: 'superadmin' })).toEqual({
      rule: 'containsUsername',
    });
  });

  it('refuses common passwords and keyboard runs however long, saying why', () => {
    for (const weak of ['password123456', 'qwertyuiopasdf', '123456789012', 'aaaaaaaaaaaaaaaa']) {
      const problem = passwordProblem(weak, { username: 'admin' });
      expect(problem?.rule, weak).toBe('guessable');
      expect(describePasswordProblem(problem!)).toMatch(/too easy to guess/);
    }
  });

  it('counts Indonesian words and the tenant name as guessable', () => {
    const problem = passwordProblem('nusatenggarabarat', {
      username: 'admin',
      extra: ['Nusa Tenggara Barat'],
    });
    expect(problem?.rule).toBe('guessable');
  });
});
