export interface Timing {
  median: number;
  p95: number;
}

export function summarize(samplesMs: number[]): Timing {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

export function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU time (user + system, this process) of one call in ms: what the work costs, without waiting for a busy CPU. */
export function cpuTime(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

export function table(rows: Record<string, string | number>[]): void {
  console.table(rows);
}
