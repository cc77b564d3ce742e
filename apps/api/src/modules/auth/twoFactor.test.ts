// Two-factor sign-in over the real server: a user sets up TOTP (the code made here by otplib from
// the secret the API answered), signs in with a code, is refused a wrong, reused or expired one,
// signs in once (never twice) with a recovery code, and wrong codes count toward the login limits.
// A tenant that requires it refuses its administrators and leaders password-only sign-in; wall
// devices keep their tokens. The server's clock runs here, so each sign-in can use a fresh step.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, dikesScope } from '../../testing/accounts';
import { DEMO_PASSWORD, gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';

const LOGIN = `mutation($u: String!, $p: String!, $c: String, $r: String) {
  login(username: $u, password: $p, totpCode: $c, recoveryCode: $r) { token user { twoFactorEnabled } } }`;
const BEGIN = `mutation { beginTotpSetup { secret uri qrCode } }`;
const CONFIRM = `mutation($input: ConfirmTotpSetupInput!) { confirmTotpSetup(input: $input) }`;
const DISABLE = `mutation($input: DisableTotpInput!) { disableTotp(input: $input) }`;
const REQUIRE = `mutation($input: SetTwoFactorRequirementInput!) {
  setTwoFactorRequirement(input: $input) { requireTwoFactorForAdmins } }`;
const LEFT = `{ myRecoveryCodesLeft me { twoFactorEnabled } }`;
const RESET = `mutation($input: ResetTwoFactorInput!) { resetTwoFactor(input: $input) { id twoFactorEnabled } }`;

const PASSWORD = 'dua-langkah-tambora-2026';
const FAILURES_ALLOWED = 4;

/** The server's clock runs `shift` ms ahead of the real one; each `nextStep()` moves a minute on. */
let shift = 0;
const serverNow = () => new Date(Date.now() + shift);
const nextStep = () => {
  shift += 60_000;
};
const codeAt = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(serverNow().getTime() / 1000) + offsetSeconds });

let t: TestServer;
let admin: string;
let provinceId: string;
let dikesId: string;

async function login(username: string, extra: { c?: string; r?: string } = {}, password = PASSWORD) {
  return gql<{ login: { token: string; user: { twoFactorEnabled: boolean } } }>(t.base, LOGIN, {
    u: username,
    p: password,
    ...extra,
  });
}

function newUser(username: string, role = 'OPERATOR', scopeId = dikesId): Promise<string> {
  return createTestUser(t.base, admin, { username, password: PASSWORD, role, scopeId });
}

/** Sets up TOTP for a signed-in user; answers the secret and the recovery codes. */
async function enable(token: string) {
  const begun = await gql<{ beginTotpSetup: { secret: string; uri: string; qrCode: string } }>(
    t.base,
    BEGIN,
    {},
    token,
  );
  if (!begun.data) throw new Error(JSON.stringify(begun.errors));
  const { secret } = begun.data.beginTotpSetup;
  const confirmed = await gql<{ confirmTotpSetup: string[] }>(
    t.base,
    CONFIRM,
    { input: { code: await codeAt(secret) } },
    token,
  );
  if (!confirmed.data) throw new Error(JSON.stringify(confirmed.errors));
  nextStep();
  return { secret, recoveryCodes: confirmed.data.confirmTotpSetup, setup: begun.data.beginTotpSetup };
}

const refusal = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => {
  const { code, field, rule } = res.errors?.[0]?.extensions ?? {};
  return { code, field, rule };
};

beforeAll(async () => {
  t = await startTestServer({
    clock: serverNow,
    limits: {
      perIpPoints: 500,
      perIpWindowSeconds: 300,
      perUsernameFailures: FAILURES_ALLOWED,
      perUsernameWindowSeconds: 900,
    },
  });
  admin = await loginAs(t.base, 'superadmin');
  ({ dikesId, provinceId } = await dikesScope(t.db.prisma));
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('setting up two-factor sign-in', () => {
  it('shows a QR code, confirms with a first code, and answers ten recovery codes once', async () => {
    await newUser('tf-siap');
    const token = (await login('tf-siap')).data!.login.token;
    const begun = await gql<{ beginTotpSetup: { secret: string; uri: string; qrCode: string } }>(
      t.base,
      BEGIN,
      {},
      token,
    );
    const { secret, uri, qrCode } = begun.data!.beginTotpSetup;
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('tf-siap');
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
    // Not on until a code confirms it.
    expect((await login('tf-siap')).data?.login.user.twoFactorEnabled).toBe(false);

    const wrong = await gql(t.base, CONFIRM, { input: { code: '000000' } }, token);
    expect(refusal(wrong)).toEqual({ code: 'BAD_USER_INPUT', field: 'code', rule: 'invalid' });
    const confirmed = await gql<{ confirmTotpSetup: string[] }>(
      t.base,
      CONFIRM,
      { input: { code: await codeAt(secret) } },
      token,
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmTotpSetup).toHaveLength(10);
    const left = await gql<{ myRecoveryCodesLeft: number; me: { twoFactorEnabled: boolean } }>(
      t.base,
      LEFT,
      {},
      token,
    );
    expect(left.data).toEqual({ myRecoveryCodesLeft: 10, me: { twoFactorEnabled: true } });
    // Stored as hashes only, and the secret never leaves through the API again.
    const stored = await t.db.prisma.recoveryCode.findMany({ where: { user: { username: 'tf-siap' } } });
    expect(stored.every((c) => c.codeHash.startsWith('$argon2'))).toBe(true);
    const again = await gql(t.base, BEGIN, {}, token);
    expect(refusal(again)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'alreadyEnabled' });
  });
});

describe('signing in with two-factor sign-in on', () => {
  let secret: string;
  let recoveryCodes: string[];

  beforeAll(async () => {
    await newUser('tf-masuk');
    ({ secret, recoveryCodes } = await enable((await login('tf-masuk')).data!.login.token));
  });

  it('asks for the code after a right password, and signs in with a valid one', async () => {
    expect(refusal(await login('tf-masuk'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'totpCode',
      rule: 'required',
    });
    // A wrong password is still just a wrong password: the code is not asked for.
    expect(refusal(await login('tf-masuk', {}, 'bukan-kata-sandinya'))).toMatchObject({
      rule: 'credentials',
    });
    const res = await login('tf-masuk', { c: await codeAt(secret) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.token).toBeTruthy();
  });

  it('refuses a wrong, a reused and an expired code', async () => {
    nextStep();
    const code = await codeAt(secret);
    expect((await login('tf-masuk', { c: code })).errors).toBeUndefined();
    expect(refusal(await login('tf-masuk', { c: code }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'totpCode',
      rule: 'reused',
    });
    nextStep();
    const expired = await codeAt(secret, -120);
    expect(refusal(await login('tf-masuk', { c: expired }))).toMatchObject({
      field: 'totpCode',
      rule: 'invalid',
    });
    const right = await codeAt(secret);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(refusal(await login('tf-masuk', { c: wrong }))).toMatchObject({
      field: 'totpCode',
      rule: 'invalid',
    });
    // The failures so far end with a good sign-in, which clears them.
    expect((await login('tf-masuk', { c: right })).errors).toBeUndefined();
  });

  it('signs in with a recovery code once, and never twice', async () => {
    const [first] = recoveryCodes;
    const res = await login('tf-masuk', { r: first!.toUpperCase() });
    expect(res.errors).toBeUndefined();
    expect(refusal(await login('tf-masuk', { r: first }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'recoveryCode',
      rule: 'invalid',
    });
    const left = await gql<{ myRecoveryCodesLeft: number }>(t.base, LEFT, {}, res.data!.login.token);
    expect(left.data?.myRecoveryCodesLeft).toBe(9);
  });

  it('counts wrong codes toward the login limits', async () => {
    // The reused recovery code above was a failure too: start from none.
    await t.services.loginLimiter.recordSuccess('tf-masuk');
    nextStep();
    for (let i = 0; i < FAILURES_ALLOWED; i++) {
      expect(refusal(await login('tf-masuk', { c: '000000' }))).toMatchObject({ rule: 'invalid' });
    }
    const limited = await login('tf-masuk', { c: await codeAt(secret) });
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    await t.services.loginLimiter.recordSuccess('tf-masuk');
  });

  it('turns off with the password only', async () => {
    nextStep();
    const token = (await login('tf-masuk', { c: await codeAt(secret) })).data!.login.token;
    const wrong = await gql(t.base, DISABLE, { input: { currentPassword: 'bukan-kata-sandinya' } }, token);
    expect(refusal(wrong)).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword', rule: 'incorrect' });
    const off = await gql(t.base, DISABLE, { input: { currentPassword: PASSWORD } }, token);
    expect(off.errors).toBeUndefined();
    expect((await login('tf-masuk')).errors).toBeUndefined();
    expect(await t.db.prisma.recoveryCode.count({ where: { user: { username: 'tf-masuk' } } })).toBe(0);
  });
});

describe('an administrator resetting a user’s two-factor sign-in (a lost phone)', () => {
  it('turns it off and ends their sessions; a unit head may not', async () => {
    const userId = await newUser('tf-hilang');
    const { secret } = await enable((await login('tf-hilang')).data!.login.token);
    const token = (await login('tf-hilang', { c: await codeAt(secret) })).data!.login.token;
    const head = await loginAs(t.base, 'kadis-kesehatan');
    const refused = await gql(t.base, RESET, { input: { userId } }, head);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const res = await gql<{ resetTwoFactor: { twoFactorEnabled: boolean } }>(
      t.base,
      RESET,
      { input: { userId } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.resetTwoFactor.twoFactorEnabled).toBe(false);
    expect((await gql(t.base, LEFT, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('tf-hilang')).errors).toBeUndefined();
    const logged = await t.db.prisma.changeEvent.findFirst({
      where: { entityId: userId.split(':')[1], action: 'TWO_FACTOR_RESET' },
    });
    expect(logged).not.toBeNull();
  });
});

describe('a tenant that requires two-factor sign-in of administrators and leaders', () => {
  it('is turned on only by an administrator who uses it, and refuses password-only sign-in of admins and leaders', async () => {
    const refused = await gql(t.base, REQUIRE, { input: { tenantId: provinceId, required: true } }, admin);
    expect(refusal(refused)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'required',
      rule: 'ownTwoFactorFirst',
    });

    await newUser('tf-admin', 'TENANT_ADMIN', provinceId);
    const adminToken = (await login('tf-admin')).data!.login.token;
    const { secret } = await enable(adminToken);
    const on = await gql<{ setTwoFactorRequirement: { requireTwoFactorForAdmins: boolean } }>(
      t.base,
      REQUIRE,
      { input: { tenantId: provinceId, required: true } },
      adminToken,
    );
    expect(on.errors).toBeUndefined();
    expect(on.data?.setTwoFactorRequirement.requireTwoFactorForAdmins).toBe(true);
    const logged = await t.db.prisma.changeEvent.findFirst({
      where: { entityType: 'TenantSettings', action: 'TWO_FACTOR_REQUIREMENT_SET' },
    });
    expect(logged?.after).toEqual({ requireTwoFactorForAdmins: true });

    // A leader and the super administrator without TOTP: refused, saying why.
    for (const username of ['gubernur', 'superadmin']) {
      expect(refusal(await login(username, {}, DEMO_PASSWORD)), username).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'totpCode',
        rule: 'setupRequired',
      });
    }
    // An operator is not covered; the administrator with TOTP signs in with a code.
    await expect(loginAs(t.base, 'operator-kesehatan')).resolves.toBeTruthy();
    expect((await login('tf-admin', { c: await codeAt(secret) })).errors).toBeUndefined();
    // Wall devices keep their read-only tokens.
    const wall = await gql<{ me: null }>(t.base, '{ me { id } }', {}, t.wallToken);
    expect(wall.errors).toBeUndefined();
    // Nobody covered turns their own TOTP off while it is required.
    nextStep();
    const again = (await login('tf-admin', { c: await codeAt(secret) })).data!.login.token;
    const off = await gql(t.base, DISABLE, { input: { currentPassword: PASSWORD } }, again);
    expect(refusal(off)).toMatchObject({ field: 'totp', rule: 'required' });
  });
});
