import {
  blockingCodes,
  buildPersonRecord,
  type CacheStats,
  type CandidatePlan,
  type ComparableRecord,
  codeWidth,
  compareCandidates,
  explainPair,
  type GammaTable,
  type PersonRecord,
  planTermFrequencies,
  type ResolvedLinkOptions,
  resolveLinkOptions,
  shouldSwap,
  type TermFrequencies,
  toComparable,
  trainCandidates,
  weighCandidates,
  withCandidates,
} from '../../engine/index.js';
import { type RequestContext, serveRequests, startData } from '../workers/index.js';
import type {
  AdoptReply,
  BlockReply,
  CompareProgress,
  CompareReply,
  EngineRequest,
  EngineWorkerData,
  ExplainReply,
  RecordsReply,
  SharedPairs,
  TrainReply,
  WarningAt,
} from './messages.js';
import { type SharedRows, sharedRowReader } from './shared-rows.js';

// One engine worker: it holds both lists' records and their candidates, and compares and weighs the shard of
// pairs it is asked for. Every worker plans the same candidates from the same rows, so a pair's index means the
// same pair in each of them.

const data = startData<EngineWorkerData>();
const options: ResolvedLinkOptions = resolveLinkOptions(data.options);
const PROGRESS_STEP = 50_000;

let left: PersonRecord[] = [];
let right: PersonRecord[] | undefined;
let plan: CandidatePlan | undefined;
let termFrequencies: TermFrequencies | undefined;

function readRecords(rows: SharedRows, side: 0 | 1, warnings: WarningAt[] | undefined): PersonRecord[] {
  const read = sharedRowReader(rows);
  const records: PersonRecord[] = new Array(rows.count);
  for (let i = 0; i < rows.count; i++) {
    const built = buildPersonRecord(read(i));
    records[i] = built.record;
    if (warnings) for (const warning of built.warnings) warnings.push({ ...warning, side, index: i });
  }
  return records;
}

/** Both lists in comparable form, in the order the work runs. */
let comparable:
  | { swapped: boolean; first: ComparableRecord[]; second: ComparableRecord[] | undefined }
  | undefined;
function sides(swapped: boolean): [ComparableRecord[], ComparableRecord[] | undefined] {
  if (comparable?.swapped !== swapped) {
    const [first, second] = swapped && right ? [right, left] : [left, right];
    comparable = { swapped, first: first.map(toComparable), second: second?.map(toComparable) };
  }
  return [comparable.first, comparable.second];
}

function adopt(first: ComparableRecord[], second: ComparableRecord[] | undefined, pairs: SharedPairs): void {
  plan = withCandidates(first, second, { ...pairs, count: pairs.left.length }, options);
  termFrequencies = planTermFrequencies(plan);
}

function planned(): CandidatePlan {
  if (!plan) throw new Error('The engine worker was asked to work before it planned the candidates');
  return plan;
}

const table = (gammas: Uint8Array, width: number, count: number): GammaTable => ({ width, count, gammas });

function handle(request: EngineRequest, context: RequestContext): unknown {
  switch (request.kind) {
    case 'records': {
      const warnings = request.warnings ? [] : undefined;
      left = readRecords(data.left, 0, warnings);
      right = data.right ? readRecords(data.right, 1, warnings) : undefined;
      return { warnings: warnings ?? [] } satisfies RecordsReply;
    }
    case 'block': {
      const swapped = right !== undefined && shouldSwap(left, right);
      const [first, second] = sides(swapped);
      const codes = blockingCodes(first, second, {
        rules: request.rules.map((index) => options.blockingRules[index]),
        maxPairsPerBlock: options.maxPairsPerBlock,
      });
      const shared = new Float64Array(new SharedArrayBuffer(Math.max(8, codes.length * 8)), 0, codes.length);
      shared.set(codes);
      return { swapped, codes: shared, width: codeWidth(first, second) } satisfies BlockReply;
    }
    case 'adopt': {
      if (!comparable) throw new Error('The engine worker was asked to adopt candidates before it blocked');
      adopt(comparable.first, comparable.second, request.pairs);
      return { width: planned().comparisons.length } satisfies AdoptReply;
    }
    case 'compare': {
      const current = planned();
      const width = current.comparisons.length;
      const shard = compareCandidates(current, request.from, request.to, (done, total) => {
        if (done % PROGRESS_STEP === 0 || done === total)
          context.progress({ done, total } satisfies CompareProgress);
      });
      request.gammas.set(shard.gammas, request.from * width);
      const cache: Record<string, CacheStats> = {};
      for (const comparison of current.comparisons) {
        for (const [name, stats] of Object.entries(comparison.cacheStats?.() ?? {})) {
          cache[`${comparison.id}.${name}`] = stats;
        }
      }
      return { cache } satisfies CompareReply;
    }
    case 'train': {
      const current = planned();
      const trained = trainCandidates(
        current,
        table(request.gammas, current.comparisons.length, current.pairs.count),
        options,
      );
      return {
        ...trained,
        termFrequencies: termFrequencies ?? planTermFrequencies(current),
      } satisfies TrainReply;
    }
    case 'weigh': {
      const current = planned();
      const width = current.comparisons.length;
      const shard = request.gammas.subarray(request.from * width, request.to * width);
      const weights = weighCandidates(
        current,
        request.model,
        table(shard, width, request.to - request.from),
        options.termFrequencyAdjustment ? termFrequencies : undefined,
        request.from,
        request.to,
      );
      request.weights.set(weights, request.from);
      return null;
    }
    case 'explain': {
      const current = planned();
      const second = current.right ?? current.left;
      return request.pairs.map(([i, j]) =>
        explainPair(request.model, current.left[i], second[j], { termFrequencies }),
      ) satisfies ExplainReply;
    }
  }
}

serveRequests((request, context) => handle(request as EngineRequest, context));
