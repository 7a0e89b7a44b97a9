/** Candidate links with their weights; `leftIds`/`rightIds` break ties the same way whichever side is which. */
export interface WeightedPairs {
  left: Uint32Array;
  right: Uint32Array;
  weights: Float64Array;
  count: number;
}

function unorderedKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Each record at most one partner: pairs are taken in order of decreasing weight while both ends are free
 * (the greedy approximation of the best total weight). Returns the indices of the pairs kept.
 */
export function linkOneToOne(
  pairs: WeightedPairs,
  minWeight: number,
  leftIds: readonly string[],
  rightIds: readonly string[],
): number[] {
  const order: number[] = [];
  for (let p = 0; p < pairs.count; p++) if (pairs.weights[p] >= minWeight) order.push(p);
  order.sort((a, b) => {
    const byWeight = pairs.weights[b] - pairs.weights[a];
    if (byWeight !== 0) return byWeight;
    const keyA = unorderedKey(leftIds[pairs.left[a]], rightIds[pairs.right[a]]);
    const keyB = unorderedKey(leftIds[pairs.left[b]], rightIds[pairs.right[b]]);
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  });
  const leftTaken = new Uint8Array(leftIds.length);
  const rightTaken = new Uint8Array(rightIds.length);
  const kept: number[] = [];
  for (const p of order) {
    const i = pairs.left[p];
    const j = pairs.right[p];
    if (leftTaken[i] || rightTaken[j]) continue;
    leftTaken[i] = 1;
    rightTaken[j] = 1;
    kept.push(p);
  }
  return kept;
}
