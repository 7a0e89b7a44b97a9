/** Today as an ISO day (UTC), as the server judges dates: the default of a form's day. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
