// @vitest-environment node
// The import boundaries in eslint.config.js fire: snippets linted as if they sat at real paths.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rules that report on `code` placed at `filePath` (the file need not exist). */
async function firing(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const CONTENT = '@typescript-eslint/no-restricted-imports';

describe('the content script cannot import the dataset, the catalogue, the schema or zod', () => {
  it.each([
    ['utils/panel/new-module.ts', 'the catalogue (alias)', "import { TOOLS } from '@/data/catalogue';\nexport const n = TOOLS.length;\n"],
    [
      'utils/panel/new-module.ts',
      'a tool (relative path)',
      "import chatgpt from '../../data/tools/chatgpt.ts';\nexport const t = chatgpt;\n",
    ],
    ['utils/panel/new-module.ts', 'a source', "import { privacy } from '@/data/sources/openai';\nexport const p = privacy;\n"],
    ['entrypoints/content/extra.ts', 'zod', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['components/Panel.tsx', 'zod/mini', "import { z } from 'zod/mini';\nexport const s = z.string();\n"],
    ['hooks/useTheme.ts', 'the schema', "import { ToolSchema } from '@/data/schema';\nexport const s = ToolSchema;\n"],
    ['data/match.ts', 'the catalogue (sibling)', "import { TOOLS } from './catalogue.ts';\nexport const n = TOOLS.length;\n"],
    ['data/statuses.ts', 'a tool (re-export)', "export { default } from './tools/chatgpt.ts';\n"],
    [
      'utils/settings/values.ts',
      'the schema (value beside a type)',
      "import { type Tool, ToolSchema } from '@/data/schema';\nexport type T = Tool;\nexport const s = ToolSchema;\n",
    ],
  ])('%s may not import %s', async (file, _what, code) => {
    expect(await firing(file, code)).toContain(CONTENT);
  });

  it('allows type-only imports (erased from the bundle)', async () => {
    expect(await firing('utils/panel/new-module.ts', "import type { Tool } from '@/data/schema';\nexport type T = Tool;\n")).toEqual([]);
    expect(await firing('data/match.ts', "import type { Tool } from './schema.ts';\nexport type T = Tool;\n")).toEqual([]);
  });

  it('does not reach code outside the content script', async () => {
    expect(
      await firing('utils/background/new-module.ts', "import { TOOLS } from '@/data/catalogue';\nexport const n = TOOLS.length;\n"),
    ).toEqual([]);
    expect(await firing('components/ToolView.tsx', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
  });
});

describe('scripts cannot import from tests', () => {
  it.each([
    ['scripts/new-script.ts', "import { launch } from '../tests/e2e/some-helper.ts';\nexport const l = launch;\n"],
    ['scripts/harness/new-helper.ts', "import { launch } from '../../tests/e2e/some-helper.ts';\nexport const l = launch;\n"],
  ])('%s may not import from tests/', async (file, code) => {
    expect(await firing(file, code)).toContain('no-restricted-imports');
  });

  it('the shared browser harness lives in scripts/ and is allowed', async () => {
    expect(await firing('scripts/new-script.ts', "import { launch } from './harness/browser.ts';\nexport const l = launch;\n")).toEqual([]);
  });
});

describe('components do not touch extension storage directly', () => {
  it.each([
    ['importing wxt/browser', "import { browser } from 'wxt/browser';\nexport const b = browser;\n", 'no-restricted-imports'],
    ['browser.storage', "export async function load() {\n  return browser.storage.local.get('settings');\n}\n", 'no-restricted-syntax'],
    ['chrome.storage', 'export function save() {\n  void chrome.storage.sync.set({ a: 1 });\n}\n', 'no-restricted-syntax'],
  ])('%s is refused', async (_what, code, rule) => {
    expect(await firing('components/NewView.tsx', code)).toContain(rule);
  });

  it('a hook may (components get storage through hooks and utils/settings)', async () => {
    expect(await firing('hooks/useNew.ts', "export async function load() {\n  return browser.storage.local.get('settings');\n}\n")).toEqual(
      [],
    );
  });
});

describe("the extension's own code writes no raw HTML", () => {
  it.each([
    ['components/NewView.tsx', 'export const V = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;\n'],
    ['utils/panel/new-module.ts', 'export function show(el: HTMLElement, html: string) {\n  el.innerHTML = html;\n}\n'],
  ])('%s', async (file, code) => {
    expect(await firing(file, code)).toContain('no-restricted-syntax');
  });
});
