// Brute-force protection for login: attempts per client IP and failures per username.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginLimiterOptions {
  perIpPoints: number;
  perIpWindowSeconds: number;
  perUsernameFailures: number;
  perUsernameWindowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimiterOptions = {
  perIpPoints: 30,
  perIpWindowSeconds: 300,
  perUsernameFailures: 5,
  perUsernameWindowSeconds: 900,
};

export class LoginLimiter {
  private readonly byIp: RateLimiterMemory;
  private readonly byUsername: RateLimiterMemory;

  constructor(options: LoginLimiterOptions = DEFAULT_LOGIN_LIMITS) {
    this.byIp = new RateLimiterMemory({ points: options.perIpPoints, duration: options.perIpWindowSeconds });
    this.byUsername = new RateLimiterMemory({
      points: options.perUsernameFailures,
      duration: options.perUsernameWindowSeconds,
    });
  }

  /** Seconds to wait before another attempt, or 0 when allowed. Counts the attempt for the IP. */
  async check(ip: string, username: string): Promise<number> {
    try {
      await this.byIp.consume(ip);
    } catch (rejection) {
      return retryAfter(rejection);
    }
    const failures = await this.byUsername.get(username.toLowerCase());
    if (failures && failures.consumedPoints >= this.byUsername.points)
      return Math.ceil(failures.msBeforeNext / 1000);
    return 0;
  }

  async recordFailure(username: string): Promise<void> {
    await this.byUsername.penalty(username.toLowerCase(), 1);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.byUsername.delete(username.toLowerCase());
  }
}

function retryAfter(rejection: unknown): number {
  if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  throw rejection;
}
