// `npm run zip`: the Chrome zip, the Firefox zip and the sources zip AMO asks for. The zips come from
// the run's one build per browser (`npm test` and `npm run test:e2e` build with `wxt zip`): they hold
// exactly what the browser tests load, and the sources really rebuild the Firefox package, file for
// file — the one build made here, in a temp dir, because building is what this test is about.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/harness/browser';
import { FIREFOX_DIR } from '../../scripts/harness/firefox';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const zip = (name: string) => resolve(`.output/caveat-lens-${version}-${name}.zip`);
const work = mkdtempSync(join(tmpdir(), 'caveat-lens-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Vitest sets NODE_ENV=test, which would make WXT bundle React's development build.
const env = { ...process.env, NODE_ENV: 'production' };

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, base) : [p.slice(base.length + 1)];
  });
}
const unzip = (name: string) => {
  const dir = join(work, name);
  execFileSync('python3', ['-c', 'import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zip(name), dir]);
  return dir;
};
function expectSameFiles(actual: string, expected: string) {
  expect(files(actual).sort()).toEqual(files(expected).sort());
  for (const f of files(expected)) expect(readFileSync(join(actual, f)).equals(readFileSync(join(expected, f))), f).toBe(true);
}

beforeAll(() => {
  const missing = ['chrome', 'firefox', 'sources'].filter((name) => !existsSync(zip(name)));
  if (missing.length) throw new Error(`No ${missing.join(', ')} zip in .output/: run \`npm run zip\` first (npm test does).`);
});

it.each([
  ['chrome', EXTENSION_DIR],
  ['firefox', FIREFOX_DIR],
])('the %s zip holds exactly the build the browser tests load', (name, dir) => {
  expectSameFiles(unzip(name), dir);
});

it('the sources zip rebuilds the Firefox package, file for file', { timeout: 120_000 }, () => {
  const src = unzip('sources');
  for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'data/tools/chatgpt.ts', 'README.md'])
    expect(existsSync(join(src, f)), f).toBe(true);
  // Rebuild from the sources alone (dependencies as `npm ci` would install them from the lock file).
  symlinkSync(resolve('node_modules'), join(src, 'node_modules'));
  execFileSync(resolve('node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: src, stdio: 'pipe', env });
  expectSameFiles(join(src, '.output/firefox-mv3'), unzip('firefox'));
});
