// modules/dataset.ts: the build refuses a bad dataset, and the manifest's hosts are the dataset's patterns.
import { describe, expect, it, vi } from 'vitest';
import { MATCH_INDEX } from '@/data/catalogue';
import { matchPatterns } from '@/data/manifest';
import datasetModule, { datasetProblems, matchIndexPlugin } from '@/modules/dataset';

const broken = vi.hoisted(() => ({ on: false }));
vi.mock('@/data/validate', async (original) => {
  const real = await original<typeof import('@/data/validate')>();
  return {
    ...real,
    checkTools: (entries: Parameters<typeof real.checkTools>[0]) =>
      broken.on ? [{ file: 'data/tools/chatgpt.ts', path: 'pricing.read', message: 'date is in the future' }] : real.checkTools(entries),
  };
});

/** The module's hooks, run by hand: name → handlers. */
function setUp() {
  const hooks = new Map<string, Array<(...args: unknown[]) => unknown>>();
  const wxt = {
    hooks: { hook: (name: string, fn: (...args: unknown[]) => unknown) => void hooks.set(name, [...(hooks.get(name) ?? []), fn]) },
    config: {},
  };
  datasetModule.setup!(wxt as never, undefined as never);
  const call = (name: string, ...args: unknown[]) => hooks.get(name)!.forEach((fn) => fn(wxt, ...args));
  return { hooks, call };
}

describe('the dataset module', () => {
  const patterns = matchPatterns(MATCH_INDEX);

  it('gives the content script the dataset’s patterns, and nothing to other entrypoints', () => {
    const { call } = setUp();
    const content = { type: 'content-script', options: { matches: [] as string[] } };
    const popup = { type: 'popup', options: {} };
    call('entrypoints:resolved', [content, popup]);
    expect(content.options.matches).toEqual(patterns);
    expect(popup.options).toEqual({});
  });

  it('adds the patterns to the manifest’s host permissions, keeping what WXT put there', () => {
    const { call } = setUp();
    const manifest = { host_permissions: ['http://localhost/*'] };
    call('build:manifestGenerated', manifest);
    expect(manifest.host_permissions).toEqual(['http://localhost/*', ...patterns]);
    const empty: { host_permissions?: string[] } = {};
    call('build:manifestGenerated', empty);
    expect(empty.host_permissions).toEqual(patterns);
  });

  it('refuses to build an invalid dataset, naming the file and the field', () => {
    const { call } = setUp();
    expect(datasetProblems()).toBeUndefined();
    expect(() => call('build:before')).not.toThrow();
    broken.on = true;
    try {
      expect(() => call('build:before')).toThrow(/Invalid dataset:\n {2}data\/tools\/chatgpt\.ts: pricing\.read: date is in the future/);
    } finally {
      broken.on = false;
    }
  });

  it('serves the match index as a virtual module', () => {
    const plugin = matchIndexPlugin() as unknown as { resolveId(id: string): string | undefined; load(id: string): string | undefined };
    const id = plugin.resolveId('virtual:caveat-lens/match-index')!;
    expect(plugin.load(id)).toBe(`export default ${JSON.stringify(MATCH_INDEX)};`);
    expect(plugin.resolveId('./other')).toBeUndefined();
  });
});
