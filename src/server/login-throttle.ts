import { type LoginCounter, type LoginLimits, loginCounters } from '../domain/users/login-limits.js';
import type { Store } from '../store/index.js';
import { HttpProblem } from './problem.js';

export type { LoginLimits } from '../domain/users/login-limits.js';
export { DEFAULT_LOGIN_LIMITS } from '../domain/users/login-limits.js';

/** An attempt let through the limit: counted as a failure until `succeeded` says otherwise. */
export interface AdmittedLogin {
  succeeded(): Promise<void>;
}

/**
 * Takes the attempt from its counters BEFORE the password is checked (one atomic statement each, in the database,
 * so every instance sees every attempt) and refuses it with 429 when one is over its limit. A refused attempt is
 * given back to its counters: it checked nothing.
 */
export async function admitLogin(
  store: Store,
  limits: LoginLimits,
  attempt: { username: string; ip: string; knownDevice: string | null },
  now = new Date(),
): Promise<AdmittedLogin> {
  const { loginThrottle } = store.repos;
  const taken: LoginCounter[] = [];
  for (const counter of loginCounters(attempt, limits)) {
    const count = await loginThrottle.take(counter.key, {
      now,
      windowStartsAfter: new Date(now.getTime() - limits.windowMs),
    });
    taken.push(counter);
    if (count.failures > counter.limit) {
      for (const back of taken) await loginThrottle.giveBack(back.key);
      const windowEnds = Date.parse(count.windowStart) + limits.windowMs;
      const retryAfter = String(Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)));
      throw new HttpProblem(429, 'Too many failed sign-in attempts; try again later', {
        type: 'urn:parley:problem:login-throttled',
        headers: { 'retry-after': retryAfter },
      });
    }
  }
  return {
    async succeeded() {
      for (const counter of taken) {
        if (counter.onSuccess === 'clear') await loginThrottle.clear(counter.key);
        else await loginThrottle.giveBack(counter.key);
      }
    },
  };
}
