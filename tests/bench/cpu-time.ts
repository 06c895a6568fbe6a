import { readFileSync } from 'node:fs';

/** The machine's CPU time so far, in the kernel's ticks, from the first line of /proc/stat. */
export interface CpuTicks {
  busy: number;
  idle: number;
  /** Time the hypervisor gave this virtual machine's CPUs to others. */
  steal: number;
}

/** Reads the `cpu` line of /proc/stat; undefined where there is none (not Linux). */
export function parseCpuLine(statText: string): CpuTicks | undefined {
  const line = statText.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  if ([user, nice, system, idle, iowait, irq, softirq, steal].some((v) => !Number.isFinite(v)))
    return undefined;
  return {
    busy: user! + nice! + system! + irq! + softirq!,
    idle: idle! + iowait!,
    steal: steal!,
  };
}

export function readCpuTicks(): CpuTicks | undefined {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * How the machine's CPU time between two readings was spent, in percent. On a virtual machine
 * a figure read while the host takes time back (steal) is slower for reasons outside the code.
 */
export function cpuShares(
  before: CpuTicks,
  after: CpuTicks,
): { busy: number; idle: number; steal: number } {
  const busy = after.busy - before.busy;
  const idle = after.idle - before.idle;
  const steal = after.steal - before.steal;
  const total = busy + idle + steal;
  const pct = (v: number) => (total > 0 ? (100 * v) / total : NaN);
  return { busy: pct(busy), idle: pct(idle), steal: pct(steal) };
}

/** "busy 54%, idle 29%, taken by the host (steal) 17.8%", or undefined without readings. */
export function describeCpuBetween(
  before: CpuTicks | undefined,
  after: CpuTicks | undefined,
): string | undefined {
  if (!before || !after) return undefined;
  const { busy, idle, steal } = cpuShares(before, after);
  return `busy ${busy.toFixed(0)}%, idle ${idle.toFixed(0)}%, taken by the host (steal) ${steal.toFixed(1)}%`;
}
