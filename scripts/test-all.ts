/**
 * `npm test`: every check in one run — types, lint (ESLint + Prettier), data report, unit and component tests, one build per
 * browser (with its store zip), real-browser tests, the size budget — ending with one line
 * `N passed, N failed`. It installs the browsers it needs when it can (root on Debian), builds each
 * browser once, and leaves tracked files as they were (the last check says so).
 *
 * npm runs it on the project's own Node 22 (the `node` dev dependency is first on npm's PATH), so the
 * machine's Node only needs to run npm.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const BIN = 'node_modules/.bin';

interface Step {
  name: string;
  cmd: string[];
  /** Vitest JSON report to count tests from; otherwise the step counts as one check. */
  report?: string;
  /** Not run when one of these failed (browser tests need the builds). */
  needs?: string[];
  env?: Record<string, string>;
}

// ---- browsers ----------------------------------------------------------------------------------

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
const onPath = (cmd: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, cmd)));

/**
 * Debian packages for what the browser tests run: the two browsers, Chromium's UI languages (the
 * Spanish test runs it with --lang=es; without them it speaks English only), certutil and openssl (fixture CA).
 */
function missingPackages(): string[] {
  const missing: string[] = [];
  if (!executable(CHROMIUM)) missing.push('chromium');
  if (!process.env.CHROMIUM && !existsSync('/usr/lib/chromium/locales/es.pak')) missing.push('chromium-l10n');
  if (!executable(FIREFOX)) missing.push('firefox-esr');
  if (!onPath('certutil')) missing.push('libnss3-tools');
  if (!onPath('openssl')) missing.push('openssl');
  return missing;
}

/** Installs what is missing when it can (root with apt-get); otherwise one line says what to run. */
function ensureBrowsers(): boolean {
  const missing = missingPackages();
  if (!missing.length) return true;
  const install = `apt-get install -y ${missing.join(' ')}`;
  if (!onPath('apt-get')) {
    console.error(
      `Browser tests need ${missing.join(', ')} (Debian names): install them, or set CHROMIUM and FIREFOX to the browsers' paths, then run npm test again.`,
    );
    return false;
  }
  if (process.getuid?.() !== 0) {
    console.error(`Browser tests need ${missing.join(' ')}: run \`sudo apt-get update && sudo ${install}\`, then npm test again.`);
    return false;
  }
  console.log(`▶ installing ${missing.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args: string[]) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (apt('update', '-qq') && apt('install', '-y', '-qq', ...missing) && !missingPackages().length) return true;
  console.error(`Could not install ${missing.join(' ')}: run \`apt-get update && ${install}\` and read what it says.`);
  return false;
}

/**
 * The browser tests in a network namespace of their own when this is root with `unshare` and `ip`:
 * the Firefox test's fixture server binds port 443, which is then this run's alone, whatever else
 * runs on the machine; and no page can reach past loopback. Elsewhere they run as they are.
 */
function ownNetwork(cmd: string[]): string[] {
  if (process.getuid?.() !== 0 || !onPath('unshare') || !onPath('ip')) return cmd;
  if (spawnSync('unshare', ['--net', 'ip', 'link', 'set', 'lo', 'up'], { stdio: 'ignore' }).status !== 0) return cmd;
  return ['unshare', '--net', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh', ...cmd];
}

// ---- what the run must not change ----------------------------------------------------------------

/** `git status --porcelain`, or null outside a git checkout (e.g. the unpacked sources zip). */
function gitStatus(): string | null {
  const r = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : null;
}

// ---- the run -----------------------------------------------------------------------------------

const steps: Step[] = [
  { name: 'typecheck', cmd: [`${BIN}/tsc`, '--noEmit'] },
  // ESLint (bugs, module boundaries) and Prettier's check: one check.
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'data report', cmd: [process.execPath, 'scripts/data-report.ts', '--quiet'] },
  {
    name: 'unit + component tests',
    cmd: [`${BIN}/vitest`, 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/unit.json'],
    report: '.tmp/unit.json',
  },
  // The one build per browser of the run (`wxt zip` = `wxt build` + the store zip): the browser
  // tests load these, and tests/e2e/zip.spec.ts checks the zips without building again.
  { name: 'build + zip (Chrome)', cmd: [`${BIN}/wxt`, 'zip'] },
  { name: 'build + zip (Firefox)', cmd: [`${BIN}/wxt`, 'zip', '-b', 'firefox'] },
  {
    name: 'browser tests',
    cmd: ownNetwork([
      `${BIN}/vitest`,
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.tmp/e2e.json',
    ]),
    report: '.tmp/e2e.json',
    needs: ['build + zip (Chrome)', 'build + zip (Firefox)'],
  },
  // Sizes gate here; timings need a quiet machine: `npm run bench` prints them, `npm run bench -- --check` asserts them.
  { name: 'bench (sizes)', cmd: [process.execPath, 'scripts/bench.ts', '--sizes'], needs: ['build + zip (Chrome)'] },
];

let passed = 0;
let failed = 0;
const failedSteps = new Set<string>();
const timings: string[] = [];
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function run(step: Step) {
  const blocker = step.needs?.find((n) => failedSteps.has(n));
  if (blocker) {
    console.log(`\n✖ ${step.name}: not run, because ${blocker} failed`);
    failed++;
    failedSteps.add(step.name);
    return;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  if (step.report) rmSync(step.report, { force: true });
  const start = performance.now();
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...step.env } });
  timings.push(`${step.name} ${seconds(start)}`);
  if (step.report) {
    let counted = false;
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        numTotalTests: number;
      };
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
      console.log(`✖ ${step.name}: runner exited ${r.status ?? r.signal ?? r.error?.message} without a usable report`);
    }
  } else if (r.status === 0) passed++;
  else {
    failed++;
    failedSteps.add(step.name);
  }
}

const started = performance.now();
if (!ensureBrowsers()) process.exit(1);
mkdirSync('.tmp', { recursive: true });
const statusBefore = gitStatus();
for (const step of steps) run(step);

// Tests never rewrite tracked files (nor leave new unignored ones).
if (statusBefore !== null) {
  const after = gitStatus() ?? '';
  if (after === statusBefore) passed++;
  else {
    failed++;
    failedSteps.add('tracked files unchanged');
    const [was, now] = [statusBefore, after].map((s) => new Set(s.split('\n').filter(Boolean)));
    const diff = [
      ...[...now!].filter((l) => !was!.has(l)).map((l) => `+ ${l}`),
      ...[...was!].filter((l) => !now!.has(l)).map((l) => `- ${l}`),
    ];
    console.log(`\n✖ the run changed the work tree (git status --porcelain, before → after):\n${diff.join('\n')}`);
  }
}

console.log(`\n${timings.join(' · ')} · total ${seconds(started)}`);
console.log(failedSteps.size ? `Failed: ${[...failedSteps].join(', ')}` : 'All checks passed.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
