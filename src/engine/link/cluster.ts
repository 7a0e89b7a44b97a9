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

/**
 * Clusters that a single wrong link cannot chain together: links at or above `minWeight` are taken from
 * the strongest down, and two clusters merge only when links join at least `support` (a share) of the
 * smaller one's records to the other. Returns, for every record, the index of its cluster's first record.
 */
export function clusterWithSupport(
  size: number,
  pairs: WeightedPairs,
  minWeight: number,
  support = 0.5,
): Uint32Array {
  const order: number[] = [];
  for (let p = 0; p < pairs.count; p++) if (pairs.weights[p] >= minWeight) order.push(p);
  order.sort((a, b) => pairs.weights[b] - pairs.weights[a] || a - b);
  const parent = new Uint32Array(size);
  const members = new Uint32Array(size).fill(1);
  for (let i = 0; i < size; i++) parent[i] = i;
  const links = new Map<number, number>();
  for (const p of order) {
    const a = find(parent, pairs.left[p]);
    const b = find(parent, pairs.right[p]);
    if (a === b) continue;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = low * size + high;
    const count = (links.get(key) ?? 0) + 1;
    if (count >= Math.ceil(Math.min(members[a], members[b]) * support)) {
      links.delete(key);
      parent[high] = low;
      members[low] += members[high];
    } else {
      links.set(key, count);
    }
  }
  const result = new Uint32Array(size);
  for (let i = 0; i < size; i++) result[i] = find(parent, i);
  return result;
}
