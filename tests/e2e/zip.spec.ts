// `npm run zip`: the Chrome zip, the Firefox zip and the sources zip AMO asks for — and the
// sources really rebuild the Firefox package, file for file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const out = (name: string) => resolve(`.output/caveat-lens-${version}-${name}.zip`);
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

it('produces the three zips, and the sources rebuild the Firefox package', { timeout: 120_000 }, () => {
  execFileSync('npm', ['run', 'zip', '--silent'], { stdio: 'pipe', env });
  for (const name of ['chrome', 'firefox', 'sources']) expect(existsSync(out(name)), name).toBe(true);

  const unzip = (zip: string, dir: string) =>
    execFileSync('python3', ['-c', 'import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zip, dir]);
  const src = join(work, 'src');
  const shipped = join(work, 'shipped');
  unzip(out('sources'), src);
  unzip(out('firefox'), shipped);
  for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'data/tools/chatgpt.ts', 'README.md']) expect(existsSync(join(src, f)), f).toBe(true);

  // Rebuild from the sources alone (dependencies as `npm ci` would install them from the lock file).
  symlinkSync(resolve('node_modules'), join(src, 'node_modules'));
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: src, stdio: 'pipe', env });
  const rebuilt = join(src, '.output/firefox-mv3');
  expect(files(rebuilt).sort()).toEqual(files(shipped).sort());
  for (const f of files(shipped)) expect(readFileSync(join(rebuilt, f)).equals(readFileSync(join(shipped, f))), f).toBe(true);
});
