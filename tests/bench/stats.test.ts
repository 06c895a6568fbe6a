import { describe, expect, it } from 'vitest';
import { percentile } from './stats';

describe('percentile', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => (i + 1) * 10).reverse();

  it('gives the middle of an odd count and the mean of the two middles of an even one', () => {
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
    expect(percentile(twenty, 0.5)).toBe(105);
  });

  it('puts the p95 of twenty values between the two slowest, not on the slowest', () => {
    expect(percentile(twenty, 0.95)).toBeCloseTo(190 + 0.05 * 10);
    expect(percentile(twenty, 1)).toBe(200);
    expect(percentile(twenty, 0)).toBe(10);
  });

  it('has no value for no values', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
