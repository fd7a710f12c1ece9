// What ships in other people's pages stays small: the content script's import graph may not
// reach the dataset, the catalogue, the zod schema or any zod build (type-only imports are erased).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LEAN_REACT } from '@/modules/preact-panel';

const ROOT = resolve('.');
const FORBIDDEN: Array<[RegExp, string]> = [
  [/^data\/catalogue\.ts$/, 'the catalogue'],
  [/^data\/schema\.ts$/, 'the zod schema'],
  [/^data\/tools\//, 'the dataset'],
  [/^data\/sources\//, 'the dataset'],
  [/^zod(\/|$)/, 'zod'],
];

/** Runtime imports of a file (skips `import type` and `export type`). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue;
    out.push((m[3] ?? m[4])!);
  }
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
  return base.replace(/\?.*$/, '');
}

function graph(entry: string) {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      // React's entry points are the content script build's own files (modules/preact-panel.ts): walk those.
      const local = LEAN_REACT[spec] ?? resolveLocal(file, spec);
      if (local) walk(local);
      else packages.add(spec);
    }
  };
  walk(resolve(entry));
  return { files: [...seen].map((f) => relative(ROOT, f)), packages: [...packages] };
}

describe('the content script', () => {
  const { files, packages } = graph('entrypoints/content/index.ts');

  it('walks the real graph (reaches the panel, the matcher and the placement)', () => {
    expect(files).toEqual(
      expect.arrayContaining(['utils/panel/controller.tsx', 'components/Panel.tsx', 'data/match.ts', 'utils/panel/placement.ts']),
    );
  });

  it.each(FORBIDDEN.map(([re, what]) => [what, re] as const))('does not import %s', (_what, re) => {
    expect([...files, ...packages].filter((f) => re.test(f))).toEqual([]);
  });

  it('imports only the packages it is meant to', () => {
    // `react` and `react-dom/client` are walked as the build aliases them: Preact's core and hooks.
    const allowed = /^(preact|preact\/hooks|wxt\/browser|wxt\/utils\/content-script-context|virtual:caveat-lens\/match-index)$/;
    expect(packages.filter((p) => !allowed.test(p))).toEqual([]);
    expect(packages).toEqual(expect.arrayContaining(['preact', 'preact/hooks']));
    expect(files).toEqual(expect.arrayContaining(['utils/panel/preact-react.ts', 'utils/panel/preact-root.ts']));
  });

  it('runs no Intl (its first use in a page costs more than the whole panel; the background words the days)', () => {
    const uses = (f: string) => /\bIntl\./.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[^]*?\*\//gm, ''));
    // Reached from the graph: a file that defines Intl helpers but is never imported by the panel does not count.
    expect(files.filter(uses)).toEqual([]);
    expect(uses('utils/i18n/i18n.ts')).toBe(true); // the check sees Intl where it is used
  });

  it('every file in it is under the lint boundary rule (eslint.config.js CONTENT_SCRIPT)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const uncovered: string[] = [];
    for (const file of files) {
      const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> };
      const rule = config.rules?.['@typescript-eslint/no-restricted-imports'];
      if (!Array.isArray(rule) || rule[0] !== 2) uncovered.push(file);
    }
    expect(uncovered).toEqual([]);
  });

  it('the rule catches a forbidden import (the walker sees through relative paths)', () => {
    expect(graph('utils/background/answer.ts').files).toContain('data/catalogue.ts');
  });
});
