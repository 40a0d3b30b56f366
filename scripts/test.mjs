#!/usr/bin/env node
// `npm test`: lint, typecheck, build, unit tests (vitest), end-to-end tests in Chromium and the Electron
// smoke test (Playwright). Ends with one line `N passed, N failed, N skipped` summed over every runner.
// MESODESK_TEST_STRESS=1 runs it all with every core kept busy by another process (scripts/cpu-burner.mjs),
// to check that the suite stays green on a loaded machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCpuBurner } from './cpu-burner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.test-output');
fs.mkdirSync(outDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
  return ok;
}

/** Steps that are not test runners count as one check each. */
function check(name, command, args) {
  const ok = step(name, command, args);
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    problems.push(name);
  }
  return ok;
}

const stress = process.env.MESODESK_TEST_STRESS === '1';
if (stress) {
  const burner = startCpuBurner({ minutes: 45 });
  console.log(`stress mode: ${burner.pids.length} busy processes keep every core loaded until the end`);
}

const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);

check('lint and format (biome)', bin('biome'), ['check', '.']);
check('typecheck (main, preload, shared, tests)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']);
check('typecheck (renderer)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']);
const built = check('build (electron-vite)', bin('electron-vite'), ['build']);

const vitestJson = path.join(outDir, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const unitOk = step('unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
const unit = readJson(vitestJson);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numFailedTests > 0 || !unitOk) problems.push('unit tests');
} else {
  totals.failed += 1;
  problems.push('unit tests (no report)');
}

if (built) {
  const pwJson = path.join(outDir, 'playwright.json');
  fs.rmSync(pwJson, { force: true });
  const e2eOk = step('end-to-end and Electron tests (playwright)', bin('playwright'), ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  const report = readJson(pwJson);
  if (report) {
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
    if (report.stats.unexpected > 0 || !e2eOk) problems.push('end-to-end tests');
    for (const reason of skippedReasons(report)) console.log(`skipped: ${reason}`);
  } else {
    totals.failed += 1;
    problems.push('end-to-end tests (no report: is Chromium installed?)');
  }
} else {
  totals.failed += 1;
  problems.push('end-to-end tests (not run: the build failed)');
}

function skippedReasons(report) {
  const reasons = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const why = t.annotations?.find((a) => a.type === 'skip')?.description;
        reasons.push(`${spec.title}${why ? ` (${why})` : ''}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return reasons;
}

console.log('');
if (stress) console.log('(run under stress: every core was kept busy)');
if (problems.length) console.log(`Failing: ${problems.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(problems.length ? 1 : 0);
