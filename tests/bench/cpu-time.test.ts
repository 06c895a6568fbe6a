import { describe, expect, it } from 'vitest';
import { cpuShares, describeCpuBetween, parseCpuLine } from './cpu-time';

const before = `cpu  1408115 52589 171546 1897491 2004 0 16432 50137 0 0
cpu0 707000 25694 86102 946291 1276 0 7937 24704 0 0
intr 1 2 3`;
const after = `cpu  1408715 52589 171846 1897691 2004 0 16432 50237 0 0
cpu0 707300 25694 86252 946391 1276 0 7937 24754 0 0`;

describe('CPU time from /proc/stat', () => {
  it('reads the all-CPU line: busy, idle and steal ticks', () => {
    expect(parseCpuLine(before)).toEqual({
      busy: 1408115 + 52589 + 171546 + 0 + 16432,
      idle: 1897491 + 2004,
      steal: 50137,
    });
  });

  it('shares out the time between two readings', () => {
    // 900 busy, 200 idle and 100 stolen ticks in between.
    const shares = cpuShares(parseCpuLine(before)!, parseCpuLine(after)!);
    expect(shares.busy).toBeCloseTo(75);
    expect(shares.idle).toBeCloseTo(16.67, 1);
    expect(shares.steal).toBeCloseTo(8.33, 1);
  });

  it('says it in a line, or nothing without both readings', () => {
    expect(describeCpuBetween(parseCpuLine(before), parseCpuLine(after))).toBe(
      'busy 75%, idle 17%, taken by the host (steal) 8.3%',
    );
    expect(describeCpuBetween(undefined, parseCpuLine(after))).toBeUndefined();
  });

  it('reads nothing from a text without the line', () => {
    expect(parseCpuLine('intr 1 2 3')).toBeUndefined();
    expect(parseCpuLine('cpu  1 2 three 4 5 6 7 8')).toBeUndefined();
  });
});
