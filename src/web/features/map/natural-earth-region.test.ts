import { describe, expect, it } from 'vitest';
import { clipLine, clipRing } from './natural-earth-region.js';

const box: [number, number, number, number] = [0, 0, 10, 10];

describe('the base map cut to the region', () => {
  it('keeps the part of a shape inside the box, closed', () => {
    const ring = clipRing(
      [
        [-5, 2],
        [5, 2],
        [5, 8],
        [-5, 8],
        [-5, 2],
      ],
      box,
    );
    expect(ring).toEqual([
      [0, 2],
      [5, 2],
      [5, 8],
      [0, 8],
      [0, 2],
    ]);
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it('keeps the runs of a line inside the box', () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [5, 5],
          [15, 5],
          [15, 7],
          [5, 7],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
      [
        [10, 7],
        [5, 7],
      ],
    ]);
  });
});
