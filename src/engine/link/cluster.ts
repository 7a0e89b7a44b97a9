import type { WeightedPairs } from './one-to-one.js';

function find(parent: Uint32Array, x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root];
  while (parent[x] !== root) {
    const next = parent[x];
    parent[x] = root;
    x = next;
  }
  return root;
}

/**
 * Connected components of the pairs at or above `minWeight`. Returns, for every record, the index of the
 * first record (in input order) of its cluster.
 */
export function clusterAtThreshold(size: number, pairs: WeightedPairs, minWeight: number): Uint32Array {
  const parent = new Uint32Array(size);
  for (let i = 0; i < size; i++) parent[i] = i;
  for (let p = 0; p < pairs.count; p++) {
    if (pairs.weights[p] < minWeight) continue;
    const a = find(parent, pairs.left[p]);
    const b = find(parent, pairs.right[p]);
    if (a === b) continue;
    // The smaller index becomes the root, so a cluster is named after its first record.
    if (a < b) parent[b] = a;
    else parent[a] = b;
  }
  const result = new Uint32Array(size);
  for (let i = 0; i < size; i++) result[i] = find(parent, i);
  return result;
}
