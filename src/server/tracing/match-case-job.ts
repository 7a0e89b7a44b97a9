import type { WriteContext } from '../../domain/access/types.js';
import { entryRawRecord } from '../../domain/exchange/list-rows.js';
import { caseDisplayName } from '../../domain/tracing/case-input.js';
import {
  type CaseCandidate,
  CaseMatchIndex,
  caseRawRecord,
  type MatchTargetRecord,
  remainsRawRecord,
} from '../../domain/tracing/case-matching.js';
import { nextCaseState } from '../../domain/tracing/case-status.js';
import type { Store } from '../../store/index.js';

export const TRACING_MATCH_JOB = 'tracing-match';

export interface TracingMatchPayload {
  caseId: string;
  actor: WriteContext['actor'];
}

/**
 * The held lists read into the engine's form and indexed, kept while their version stands (a version never
 * changes once imported): a new case then looks up its keys instead of reading 100,000 entries again.
 */
const heldIndexes = new Map<string, CaseMatchIndex>();
const MAX_KEPT_INDEXES = 8;

async function heldIndex(store: Store, versionId: string, partyId: string): Promise<CaseMatchIndex> {
  const kept = heldIndexes.get(versionId);
  if (kept) return kept;
  const entries = await store.repos.tracingMatches.heldEntries(versionId, partyId);
  const index = new CaseMatchIndex(
    entries.map((e) => ({
      kind: 'list_entry' as const,
      id: e.id,
      partyId: e.partyId,
      label: e.displayName,
      raw: entryRawRecord(e.id, e.fields),
    })),
  );
  if (heldIndexes.size >= MAX_KEPT_INDEXES) heldIndexes.delete(heldIndexes.keys().next().value as string);
  heldIndexes.set(versionId, index);
  return index;
}

/**
 * Matches one case, in the background, against the other party's held lists, the exchange's persons of the
 * case's party, the remains not yet identified for certain and the other cases still searched for (domain
 * CaseMatchIndex over the engine). Candidates go to the coordinator's review queue with the engine's explanation;
 * an open case with a candidate becomes a possible match. Safe to run again: undecided candidates are replaced.
 */
export async function runCaseMatching(store: Store, payload: TracingMatchPayload): Promise<void> {
  const { tracingCases, tracingMatches, tracingRemains } = store.repos;
  const tracingCase = await tracingCases.get(payload.caseId);
  if (!tracingCase) return;
  try {
    const versions = await tracingMatches.heldVersions(tracingCase.openedByPartyId);
    const total = versions.length + 1;
    await tracingCases.setMatchProgress(tracingCase.id, { state: 'running', done: 0, total, error: null });
    const record = caseRawRecord(tracingCase);
    const candidates: CaseCandidate[] = [];
    for (const [i, version] of versions.entries()) {
      candidates.push(...(await heldIndex(store, version.versionId, version.partyId)).candidates(record));
      await tracingCases.setMatchProgress(tracingCase.id, {
        state: 'running',
        done: i + 1,
        total,
        error: null,
      });
    }
    const [persons, remains, cases] = await Promise.all([
      tracingMatches.exchangePersons(tracingCase.openedByPartyId),
      tracingRemains.unconfirmed(),
      tracingCases.searchable(tracingCase.id),
    ]);
    const small: MatchTargetRecord[] = [
      ...persons.map((p) => ({
        kind: 'exchange_person' as const,
        id: p.id,
        partyId: p.holdingPartyId,
        label: p.displayName,
        raw: { id: p.id, full_name: p.displayName },
      })),
      ...remains
        .filter((r) => r.documentName !== null)
        .map((r) => ({
          kind: 'remains' as const,
          id: r.id,
          partyId: r.heldByPartyId,
          label: `${r.reference} · ${r.documentName}`,
          raw: remainsRawRecord(r),
        })),
      ...cases.map((c) => ({
        kind: 'case' as const,
        id: c.id,
        partyId: c.openedByPartyId,
        label: `${c.reference} · ${caseDisplayName(c.person)}`,
        raw: caseRawRecord(c),
      })),
    ];
    candidates.push(...new CaseMatchIndex(small).candidates(record));
    await store.transaction(async (repos) => {
      await repos.tracingMatches.replaceCandidates(
        tracingCase.id,
        candidates.map((c) => ({
          targetKind: c.kind,
          targetId: c.id,
          targetPartyId: c.partyId,
          targetLabel: c.label,
          probability: c.probability,
          explanation: c.explanation,
        })),
      );
      const current = await repos.tracingCases.get(tracingCase.id);
      const pending = await repos.tracingMatches.pendingCount(tracingCase.id);
      if (current && pending > 0 && nextCaseState(current, 'find_candidate').ok)
        await repos.tracingCases.changeStatus(
          { actor: payload.actor },
          {
            caseId: current.id,
            from: current.status,
            to: 'possible_match',
            aliveState: null,
            event: 'find_candidate',
            reason: 'candidateFound',
            note: String(pending),
            matchId: null,
          },
        );
      await repos.tracingCases.setMatchProgress(tracingCase.id, {
        state: 'done',
        done: total,
        total,
        error: null,
      });
    });
  } catch (error) {
    await tracingCases.setMatchProgress(tracingCase.id, {
      state: 'failed',
      done: 0,
      total: 0,
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
}
