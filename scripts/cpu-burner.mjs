#!/usr/bin/env node
// Keeps every core busy so the test suite can be checked under load (`MESODESK_TEST_STRESS=1 npm test`).
// One child process per core spins on a busy loop; each child ends by itself after a time limit, so a
// burner that loses its parent never runs for ever. Run alone: `node scripts/cpu-burner.mjs [minutes]`.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const SPIN =
  'const end = Date.now() + Number(process.argv[1]); let x = 0; while (Date.now() < end) x = (x + Math.sqrt(x + 1)) % 1e9;';

/**
 * Starts one busy child per core (or `cores`), each stopping by itself after `minutes`.
 * Returns `stop()`, which kills them; it is also called when this process exits.
 */
export function startCpuBurner({ cores = os.availableParallelism(), minutes = 30 } = {}) {
  const limitMs = Math.round(minutes * 60_000);
  const children = Array.from({ length: cores }, () =>
    spawn(process.execPath, ['-e', SPIN, String(limitMs)], { stdio: 'ignore' }),
  );
  const stop = () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', stop);
  return { pids: children.map((c) => c.pid), stop };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const minutes = Number(process.argv[2] ?? 30);
  const burner = startCpuBurner({ minutes });
  console.log(
    `cpu burner: ${burner.pids.length} busy processes (${burner.pids.join(', ')}) for at most ${minutes} min`,
  );
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      burner.stop();
      process.exit(0);
    });
  }
  // Stay alive while the children run; exit when the time limit is reached.
  setTimeout(() => process.exit(0), minutes * 60_000);
}
