/**
 * How long Parley keeps each kind of data it does not need for good. The ICRC's Restoring Family Links Code of
 * Conduct asks that personal data be kept no longer than its purpose needs; each period here is that purpose's.
 */
export interface RetentionPolicy {
  /** Days an uploaded file waits for its column mapping before it is deleted (never imported). */
  uploadsDays: number;
  /** Days sign-in records (login attempts; sessions end at their expiry) are kept. */
  sessionsDays: number;
  /**
   * Days a list version is kept once a newer version of its list replaced it; null keeps every version.
   * A version that a reconciliation run compared, or whose rows a tracked person still points to, is kept.
   */
  supersededListVersionsDays: number | null;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  uploadsDays: 1,
  sessionsDays: 7,
  supersededListVersionsDays: null,
};

/** The instants before which each kind is due, as stored times (ISO 8601 UTC). */
export interface RetentionCutoffs {
  uploadsCreatedBefore: string;
  signInsBefore: string;
  /** Versions superseded (their successor uploaded) before this; null: none is due. */
  versionsSupersededBefore: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  return {
    uploadsCreatedBefore: before(policy.uploadsDays),
    signInsBefore: before(policy.sessionsDays),
    versionsSupersededBefore:
      policy.supersededListVersionsDays === null ? null : before(policy.supersededListVersionsDays),
  };
}

/** What a purge removes (or a dry run would): counts only, never names. */
export interface RetentionCounts {
  uploads: number;
  loginAttempts: number;
  listVersions: number;
  listEntries: number;
}

export function nothingDue(counts: RetentionCounts): boolean {
  return Object.values(counts).every((n) => n === 0);
}

/**
 * The list versions due for removal: superseded (a later version of the same list exists) before `cutoff`,
 * not compared by any reconciliation run, and with no row a tracked person points to.
 */
export function dueListVersions(
  versions: readonly { id: string; listId: string; number: number; uploadedAt: string }[],
  cutoff: string,
  keep: { reconciled: ReadonlySet<string>; pointedTo: ReadonlySet<string> },
): string[] {
  const byList = new Map<string, { id: string; number: number; uploadedAt: string }[]>();
  for (const v of versions) {
    const list = byList.get(v.listId) ?? [];
    list.push(v);
    byList.set(v.listId, list);
  }
  const due: string[] = [];
  for (const list of byList.values()) {
    list.sort((a, b) => a.number - b.number);
    for (let i = 0; i < list.length - 1; i++) {
      const supersededAt = list[i + 1].uploadedAt;
      const id = list[i].id;
      if (supersededAt < cutoff && !keep.reconciled.has(id) && !keep.pointedTo.has(id)) due.push(id);
    }
  }
  return due;
}
