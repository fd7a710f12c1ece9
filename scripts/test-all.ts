/**
 * `npm test`: every check in one run — types, lint, data report, unit and component
 * tests, build, real-browser tests — ending with one line `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string[];
  /** Vitest JSON report to count tests from; otherwise the step counts as one check. */
  report?: string;
  /** Skip when an earlier step failed (e.g. browser tests need the build). */
  needs?: string;
}

mkdirSync('.tmp', { recursive: true });
const steps: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit'] },
  // ESLint (bugs, module boundaries) and Prettier's check: one check.
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'data report', cmd: ['node', 'scripts/data-report.ts', '--quiet'] },
  { name: 'unit + component tests', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/unit.json'], report: '.tmp/unit.json' },
  { name: 'build (Chrome)', cmd: ['npx', 'wxt', 'build'] },
  { name: 'build (Firefox)', cmd: ['npx', 'wxt', 'build', '-b', 'firefox'] },
  {
    name: 'browser tests',
    cmd: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/e2e.json'],
    report: '.tmp/e2e.json',
    needs: 'build (Chrome)',
  },
  // Sizes gate here; timings need a quiet machine: `npm run bench` prints them, `npm run bench -- --check` asserts them.
  { name: 'bench (sizes)', cmd: ['node', 'scripts/bench.ts', '--sizes'], needs: 'build (Chrome)' },
];

let passed = 0;
let failed = 0;
const failedSteps = new Set<string>();
for (const step of steps) {
  if (step.needs && failedSteps.has(step.needs)) {
    console.log(`\n✖ ${step.name}: not run, because ${step.needs} failed`);
    failed++;
    failedSteps.add(step.name);
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  if (step.report) rmSync(step.report, { force: true });
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: process.env });
  if (step.report) {
    let counted = false;
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
      passed += json.numPassedTests;
      failed += json.numFailedTests;
      counted = json.numTotalTests > 0;
      if (json.numFailedTests > 0) failedSteps.add(step.name);
    } catch {
      /* no report: the runner itself failed */
    }
    if (!counted || (r.status !== 0 && !failedSteps.has(step.name))) {
      // A runner that crashed or ran nothing is a failure, never a silent pass.
      failed++;
      failedSteps.add(step.name);
      console.log(`✖ ${step.name}: runner exited ${r.status} without a usable report`);
    }
  } else if (r.status === 0) passed++;
  else {
    failed++;
    failedSteps.add(step.name);
  }
}
console.log(`\n${failedSteps.size ? `Failed: ${[...failedSteps].join(', ')}` : 'All checks passed.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
