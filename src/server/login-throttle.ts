import type { Store } from '../store/index.js';
import { HttpProblem } from './problem.js';

export interface LoginLimits {
  /** Failed attempts allowed per account within the window. */
  perAccount: number;
  /** Failed attempts allowed per client address within the window (several accounts behind one NAT). */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };

/**
 * Refuses a login attempt once an account or an address has failed too often. The counts come from the
 * store's login_attempt table, so every instance on one database sees the same attempts.
 */
export async function assertLoginAllowed(
  store: Store,
  limits: LoginLimits,
  attempt: { username: string; ip: string },
): Promise<void> {
  const since = new Date(Date.now() - limits.windowMs);
  const { loginAttempts } = store.repos;
  const [byAccount, byAddress] = await Promise.all([
    loginAttempts.countFailures({ username: attempt.username, since }),
    loginAttempts.countFailures({ ip: attempt.ip, since }),
  ]);
  if (byAccount >= limits.perAccount || byAddress >= limits.perAddress) {
    const retryAfter = String(Math.ceil(limits.windowMs / 1000));
    throw new HttpProblem(429, 'Too many failed sign-in attempts; try again later', {
      type: 'urn:parley:problem:login-throttled',
      headers: { 'retry-after': retryAfter },
    });
  }
}
