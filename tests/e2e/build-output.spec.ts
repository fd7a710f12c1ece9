// What ships: no eval, no Function constructor, no innerHTML of our own; Firefox lint clean.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/harness/browser';
import { FIREFOX_DIR } from '../../scripts/harness/firefox';

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
  });
}

// The renderers' own innerHTML writes, and only those: React DOM's `dangerouslySetInnerHTML` and the
// `<script>` element it creates inertly (extension pages); Preact's `dangerouslySetInnerHTML` and its
// clearing of that markup (the in-page panel). No code of ours uses dangerouslySetInnerHTML (test below).
const REACT_DOM_INNER_HTML = [
  /\w\.innerHTML=`<script><\\\/script>`/,
  /__html!==\w+&&\(\w+\.innerHTML=\w+\)/,
  /\|\|\(\w+\.innerHTML=\w+\.__html\)/,
  /\(\w+\.innerHTML=``\),\w+\(\w+\.type==`template`/,
];

describe.each([
  ['chrome-mv3', EXTENSION_DIR],
  ['firefox-mv3', FIREFOX_DIR],
])('%s build output', (_name, dir) => {
  const files = jsFiles(dir).map((f) => [f.slice(dir.length + 1), readFileSync(f, 'utf8')] as const);

  it('has no eval and no Function constructor', () => {
    for (const [file, js] of files) {
      expect(js.match(/\beval\s*\(/g), file).toBeNull();
      expect(js.match(/\bnew Function\s*\(|[^.\w]Function\s*\(\s*["'`]/g), file).toBeNull();
    }
  });

  it('writes innerHTML only where React DOM does', () => {
    for (const [file, js] of files) {
      const writes = [...js.matchAll(/.{0,20}\.innerHTML\s*=(?!=).{0,30}/g)].map((m) => m[0]);
      for (const w of writes)
        expect(
          REACT_DOM_INNER_HTML.some((known) => known.test(w)),
          `${file}: ${w}`,
        ).toBe(true);
    }
  });
});

it('our own source never uses innerHTML, dangerouslySetInnerHTML, eval or new Function', () => {
  let out = '';
  try {
    out = execFileSync(
      'git',
      [
        'grep',
        '-nE',
        'innerHTML|dangerouslySetInnerHTML|\\beval\\(|new Function',
        '--',
        'components',
        'utils',
        'entrypoints',
        'data',
        'scripts',
        'wxt.config.ts',
      ],
      {
        encoding: 'utf8',
      },
    );
  } catch (e: any) {
    if (e.status !== 1) throw e; // 1: no match, which is the point
  }
  expect(out.trim()).toBe('');
});

it('web-ext lint on the Firefox build: no errors, and only the explained React DOM warnings', () => {
  let json = '';
  try {
    json = execFileSync('node_modules/.bin/web-ext', ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json'], { encoding: 'utf8' });
  } catch (e: any) {
    json = e.stdout; // lint exits non-zero on errors; the JSON still says why
  }
  const report = JSON.parse(json);
  expect(report.errors).toEqual([]);
  for (const w of report.warnings) {
    expect(w.code, JSON.stringify(w)).toBe('UNSAFE_VAR_ASSIGNMENT');
    expect(REACT_DOM_INNER_HTML.some((k) => k.test(readFileSync(join(FIREFOX_DIR, w.file), 'utf8')))).toBe(true);
  }
});
