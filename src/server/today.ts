/** Today as an ISO day (UTC): the clock the domain's date rules are given. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
