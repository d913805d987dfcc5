import { describe, expect, it } from 'vitest';
import { medianInterval } from '../../scripts/bench-page.mjs';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

describe('bench:page medianInterval (bootstrap interval of a median)', () => {
  const noisy = [16, 38, 41, 12, 77, 39, 44, 35, 52, 30, 61, 40, 37, 22, 45];

  it('holds the sample median and lies within the sample', () => {
    const [low, high] = medianInterval(noisy);
    expect(low).toBeLessThanOrEqual(median(noisy));
    expect(high).toBeGreaterThanOrEqual(median(noisy));
    expect(low).toBeGreaterThanOrEqual(Math.min(...noisy));
    expect(high).toBeLessThanOrEqual(Math.max(...noisy));
    expect(high).toBeGreaterThan(low);
  });

  it('is the same for the same runs (fixed seed), and a point for identical runs', () => {
    expect(medianInterval(noisy)).toEqual(medianInterval(noisy));
    expect(medianInterval([40, 40, 40, 40])).toEqual([40, 40]);
    expect(medianInterval([])).toEqual([NaN, NaN]);
  });

  it('narrows with more runs of the same spread', () => {
    const width = (xs: number[]) => {
      const [low, high] = medianInterval(xs);
      return high - low;
    };
    const many = Array.from({ length: 8 }, () => noisy).flat();
    expect(width(many)).toBeLessThan(width(noisy));
  });
});
