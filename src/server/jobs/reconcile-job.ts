import type { WriteContext } from '../../domain/access/types.js';
import { reconcile, type ScoredPair } from '../../domain/exchange/reconciliation.js';
import type { RawRecord } from '../../engine/index.js';
import type {
  NewReconciliationPair,
  ReconciliationCounts,
  ReconciliationInputEntry,
  ReconciliationInputList,
} from '../../store/exchange/reconciliation.types.js';
import type { Store } from '../../store/index.js';
import type { LinkedEntryPair } from './engine-task.js';
import { type LinkRun, runLinkInWorker } from './run-link-in-worker.js';

export const RECONCILE_JOB = 'exchange-reconcile';

export interface ReconcileJobPayload {
  runId: string;
  actor: WriteContext['actor'];
}

// The engine's stages, in order, for one progress figure over the whole run.
const STAGES = ['blocking', 'comparing', 'training', 'linking'];
const STEPS_PER_DIRECTION = 1_000;
const PROGRESS_EVERY_MS = 500;

// Between heavy synchronous steps, a turn for the server's other requests.
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A list entry's fields under the engine's names (a father's name is a patronymic, a service number a document). */
export function toRawRecord(entry: ReconciliationInputEntry): RawRecord {
  const f = entry.fields;
  return {
    id: entry.id,
    full_name: f.full_name,
    family_name: f.family_name,
    given_name: f.given_name,
    patronymic: f.fathers_name,
    sex: f.sex,
    birth_date: f.birth_date,
    birth_place: f.birth_place,
    rank: f.rank,
    unit: f.unit,
    document_number: f.service_number,
    event_date: f.event_date,
    event_place: f.event_place,
  };
}

type Link = (
  task: Parameters<typeof runLinkInWorker>[0],
  onProgress: (stage: string, done: number, total: number) => void,
) => Promise<LinkRun>;

/**
 * One reconciliation: for each party, its missing list against the other party's held list, linked by the
 * engine in a worker thread, sorted by the domain's `reconcile` with every earlier decision applied, then stored
 * with the persons brought in step. Safe to run again on the same run (a retried job starts it over).
 */
export async function runReconciliation(
  store: Store,
  payload: ReconcileJobPayload,
  link: Link = runLinkInWorker,
): Promise<void> {
  const { reconciliations, pairDecisions } = store.repos;
  const run = await reconciliations.markRunning(payload.runId);
  if (!run) return;
  try {
    const inputs = await reconciliations.inputs(payload.runId);
    const decisions = await pairDecisions.all();
    const [a, b] = inputs.partyIds;
    const listOf = (partyId: string, kind: 'missing' | 'held') =>
      inputs.lists.find((l) => l.partyId === partyId && l.kind === kind) as ReconciliationInputList;
    const directions = [
      [listOf(a, 'missing'), listOf(b, 'held')],
      [listOf(b, 'missing'), listOf(a, 'held')],
    ] as const;
    const total = directions.length * STEPS_PER_DIRECTION;
    let lastWrite = 0;

    const pairs: NewReconciliationPair[] = [];
    const counts: ReconciliationCounts = { matched: 0, review: 0, unmatched: [] };
    for (const [index, [missing, held]] of directions.entries()) {
      const onProgress = (stage: string, done: number, stageTotal: number) => {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = now;
        const stageIndex = Math.max(0, STAGES.indexOf(stage));
        const within = stageTotal > 0 ? Math.min(1, done / stageTotal) : 0;
        const step = Math.floor(((stageIndex + within) / STAGES.length) * STEPS_PER_DIRECTION);
        void reconciliations
          .setProgress(payload.runId, { done: index * STEPS_PER_DIRECTION + step, total, phase: stage })
          .catch(() => undefined);
      };
      const linked =
        missing.entries.length === 0 || held.entries.length === 0
          ? { pairs: [] as LinkedEntryPair[], candidatePairs: 0 }
          : await link(
              {
                left: missing.entries.map(toRawRecord),
                right: held.entries.map(toRawRecord),
                threshold: inputs.thresholds.lower,
                explainBelow: inputs.thresholds.upper,
              },
              onProgress,
            );
      await nextTurn();
      const missingById = new Map(missing.entries.map((e) => [e.id, e]));
      const heldById = new Map(held.entries.map((e) => [e.id, e]));
      // Several entries may share a fingerprint (the same record twice): the first stands for them.
      const missingByKey = new Map<string, ReconciliationInputEntry>();
      for (const e of missing.entries) if (!missingByKey.has(e.key)) missingByKey.set(e.key, e);
      const heldByKey = new Map<string, ReconciliationInputEntry>();
      for (const e of held.entries) if (!heldByKey.has(e.key)) heldByKey.set(e.key, e);

      const engineByKeys = new Map<string, LinkedEntryPair>();
      const scored: ScoredPair[] = [];
      for (const pair of linked.pairs) {
        const m = missingById.get(pair.leftId);
        const h = heldById.get(pair.rightId);
        if (!m || !h) continue;
        engineByKeys.set(`${m.key}\u0000${h.key}`, pair);
        scored.push({ leftKey: m.key, rightKey: h.key, probability: pair.probability });
      }
      const result = reconcile(
        [...missingByKey.keys()],
        [...heldByKey.keys()],
        scored,
        decisions,
        inputs.thresholds,
      );
      for (const [cls, list] of [
        ['matched', result.matched],
        ['review', result.toReview],
      ] as const) {
        for (const pair of list) {
          const m = missingByKey.get(pair.leftKey);
          const h = heldByKey.get(pair.rightKey);
          if (!m || !h) continue;
          pairs.push({
            missingEntryId: m.id,
            heldEntryId: h.id,
            missingPartyId: missing.partyId,
            heldPartyId: held.partyId,
            missingKey: m.key,
            heldKey: h.key,
            probability: pair.probability,
            class: cls,
            explanationJson: engineByKeys.get(`${m.key}\u0000${h.key}`)?.explanationJson ?? null,
          });
        }
      }
      await nextTurn();
      counts.matched += result.matched.length;
      counts.review += result.toReview.length;
      counts.unmatched.push(
        { partyId: missing.partyId, kind: 'missing', count: result.unmatchedLeft.length },
        { partyId: held.partyId, kind: 'held', count: result.unmatchedRight.length },
      );
    }
    await reconciliations.setProgress(payload.runId, { done: total, total, phase: 'saving' });
    await reconciliations.complete({ actor: payload.actor }, payload.runId, { pairs, counts, inputs });
  } catch (error) {
    await reconciliations.fail(payload.runId, error instanceof Error ? error.message : String(error));
    throw error;
  }
}
