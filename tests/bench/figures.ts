import fs from 'node:fs';
import os from 'node:os';

/** One measured figure, as `npm run bench -- --json FILE` writes it. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** How many measurements the value summarises. */
  runs: number;
  /** The cheapest way to do the same work, measured in the same run (null when there is none). */
  floor: { name: string; value: number; unit: string } | null;
  /** Lowest and highest measurement, when the value is a median. */
  spread?: { min: number; max: number };
  target?: string;
  met?: boolean;
}

const figures: Figure[] = [];

export function record(figure: Figure): Figure {
  figures.push(figure);
  return figure;
}

/** The median of a list and its range. */
export function medianSpread(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** What else the machine was doing: the figures mean little without it. */
export function machineLoad() {
  const [one, five] = os.loadavg();
  return { cpus: os.cpus().length, loadavg1: one, loadavg5: five, node: process.version };
}

/** Writes every recorded figure to `--json FILE` when it was asked for. */
export function writeFiguresIfAsked(argv: readonly string[]): void {
  const at = argv.indexOf('--json');
  if (at < 0) return;
  const file = argv[at + 1];
  if (!file) throw new Error('--json needs a file name');
  const report = { at: new Date().toISOString(), machine: machineLoad(), figures };
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${figures.length} figures written to ${file}`);
}
