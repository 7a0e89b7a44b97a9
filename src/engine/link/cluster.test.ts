import { describe, expect, it } from 'vitest';
import { clusterAtThreshold, clusterWithSupport } from './cluster.js';
import type { WeightedPairs } from './one-to-one.js';

function pairs(edges: [number, number, number][]): WeightedPairs {
  return {
    left: Uint32Array.from(edges.map(([a]) => a)),
    right: Uint32Array.from(edges.map(([, b]) => b)),
    weights: Float64Array.from(edges.map(([, , w]) => w)),
    count: edges.length,
  };
}

describe('clustering', () => {
  // Records 0-2 are one person, 3-5 another; one wrong link (2-3) joins them.
  const edges = pairs([
    [0, 1, 20],
    [1, 2, 18],
    [0, 2, 19],
    [3, 4, 20],
    [4, 5, 17],
    [3, 5, 16],
    [2, 3, 5],
    [6, 7, -3],
  ]);

  it('connected components chain the two people through the wrong link', () => {
    expect([...clusterAtThreshold(8, edges, 0)]).toEqual([0, 0, 0, 0, 0, 0, 6, 7]);
  });

  it('with support, one link between two clusters of three does not merge them', () => {
    expect([...clusterWithSupport(8, edges, 0)]).toEqual([0, 0, 0, 3, 3, 3, 6, 7]);
  });

  it('merges a record linked to a cluster, and names every cluster after its first record', () => {
    const withNewcomer = pairs([
      [1, 2, 20],
      [2, 0, 7],
    ]);
    expect([...clusterWithSupport(3, withNewcomer, 0)]).toEqual([0, 0, 0]);
  });
});
