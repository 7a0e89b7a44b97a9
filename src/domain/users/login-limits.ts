import { normaliseUsername } from './role-rules.js';

export interface LoginLimits {
  /** Failed attempts allowed per account within a window, from browsers that never signed in as it. */
  perAccount: number;
  /** Failed attempts allowed per client address within a window, from browsers unknown to the account. */
  perAddress: number;
  /** Failed attempts allowed per known device and account within a window. */
  perDevice: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: 5,
  perAddress: 20,
  perDevice: 5,
  windowMs: 15 * 60_000,
};

/** One counter an attempt is taken from, and what a successful sign-in does to it. */
export interface LoginCounter {
  key: string;
  limit: number;
  /** `clear`: the owner signed in, earlier failures are forgotten; `give-back`: only this attempt is uncounted. */
  onSuccess: 'clear' | 'give-back';
}

/**
 * The counters a sign-in attempt is taken from, in order. A browser that has signed in as this user before
 * (`knownDevice`, its counter key) answers only for itself, so other people's failures on the account or from the
 * same address (an office behind one address) never lock it out. Any other browser is limited per account and
 * per address.
 */
export function loginCounters(
  attempt: { username: string; ip: string; knownDevice: string | null },
  limits: LoginLimits,
): LoginCounter[] {
  if (attempt.knownDevice) return [{ key: attempt.knownDevice, limit: limits.perDevice, onSuccess: 'clear' }];
  return [
    { key: `account:${normaliseUsername(attempt.username)}`, limit: limits.perAccount, onSuccess: 'clear' },
    { key: `address:${attempt.ip}`, limit: limits.perAddress, onSuccess: 'give-back' },
  ];
}
