import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Reads a CSV into objects keyed by trimmed header names, every value trimmed (Febrl pads after commas). */
export function readCsvObjects(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), {
    columns: (header: string[]) => header.map((name) => name.trim()),
    trim: true,
    bom: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

export interface PairScores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreAgainstTruth(found: Iterable<string>, truth: ReadonlySet<string>): PairScores {
  let truePositives = 0;
  let falsePositives = 0;
  for (const pair of found) {
    if (truth.has(pair)) truePositives++;
    else falsePositives++;
  }
  const falseNegatives = truth.size - truePositives;
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truth.size);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

export function formatScores(scores: PairScores): string {
  const f = (x: number) => x.toFixed(4);
  return (
    `precision ${f(scores.precision)}  recall ${f(scores.recall)}  F1 ${f(scores.f1)}  ` +
    `(TP ${scores.truePositives}, FP ${scores.falsePositives}, FN ${scores.falseNegatives})`
  );
}

/** Unordered pair key for within-list truth. */
export function unorderedPair(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** All within-cluster pairs of a clustering given as id → cluster. */
export function clusterPairs(clusterOf: ReadonlyMap<string, string>): Set<string> {
  const members = new Map<string, string[]>();
  for (const [id, cluster] of clusterOf) members.set(cluster, [...(members.get(cluster) ?? []), id]);
  const pairs = new Set<string>();
  for (const ids of members.values()) {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) pairs.add(unorderedPair(ids[i], ids[j]));
  }
  return pairs;
}

export function seconds(start: bigint): string {
  return `${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(2)} s`;
}

/** CPU time (user + system) of this process since `start`: on a shared machine, wall time alone misleads. */
export function cpuSeconds(start: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(start);
  return `${((used.user + used.system) / 1e6).toFixed(2)} s`;
}

/** Pairwise precision/recall/F1 of a clustering against true clusters, counted without listing pairs. */
export function pairwiseClusterScores(
  predicted: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, string>,
): PairScores {
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  const sizes = (clusters: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const cluster of clusters) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
    return counts;
  };
  const both = new Map<string, number>();
  for (const [id, cluster] of predicted) {
    const key = `${cluster}\u0000${truth.get(id)}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let predictedPairs = 0;
  for (const n of sizes(predicted.values()).values()) predictedPairs += choose2(n);
  let truePairs = 0;
  for (const n of sizes(truth.values()).values()) truePairs += choose2(n);
  let truePositives = 0;
  for (const n of both.values()) truePositives += choose2(n);
  const precision = truePositives / Math.max(1, predictedPairs);
  const recall = truePositives / Math.max(1, truePairs);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    truePositives,
    falsePositives: predictedPairs - truePositives,
    falseNegatives: truePairs - truePositives,
    precision,
    recall,
    f1,
  };
}

/** One judged pair: the probability the engine gave it and whether it is truly the same person. */
export interface JudgedPair {
  probability: number;
  correct: boolean;
}

/** Probability bands of a reliability table for linked pairs (at or above the default threshold 0.5). */
export const LINK_BANDS = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999] as const;
/** Bands for pairs judged on their own (`pairs`), over the whole range. */
export const PAIR_BANDS = [0, 0.1, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999] as const;

/**
 * A reliability table: for each predicted-probability band, how many pairs fell in it and the share of
 * them that are true. A calibrated engine's share lies within its band; the ≥ 0.99 line is the one a
 * coordinator reads as "certain".
 */
export function reliabilityTable(
  pairs: readonly JudgedPair[],
  bands: readonly number[] = LINK_BANDS,
): string {
  const lines = ['  reliability: band            pairs     true   share true'];
  const row = (label: string, inBand: (p: number) => boolean) => {
    let count = 0;
    let correct = 0;
    for (const pair of pairs) {
      if (!inBand(pair.probability)) continue;
      count++;
      if (pair.correct) correct++;
    }
    const share = count === 0 ? '     -' : (correct / count).toFixed(4);
    lines.push(
      `               ${label.padEnd(16)} ${String(count).padStart(6)} ${String(correct).padStart(8)}   ${share}`,
    );
  };
  for (let b = 0; b < bands.length; b++) {
    const low = bands[b];
    const high = bands[b + 1];
    if (high === undefined) row(`[${low}, 1]`, (p) => p >= low);
    else row(`[${low}, ${high})`, (p) => p >= low && p < high);
  }
  row('>= 0.99 (all)', (p) => p >= 0.99);
  return lines.join('\n');
}

/** The value after `name` on the command line, if given (`--people 3000`). */
export function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
