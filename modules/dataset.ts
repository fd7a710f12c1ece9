/**
 * URL → tool at build time, in one place: the dataset is validated before anything is
 * bundled, the content script gets the compact match index as a virtual module, and the
 * manifest's host permissions and content-script matches are the dataset's patterns —
 * the extension's only host list.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { MATCH_INDEX, TOOLS } from '../data/catalogue.ts';
import { matchPatterns } from '../data/manifest.ts';
import { checkTools } from '../data/validate.ts';

const INDEX_ID = 'virtual:caveat-lens/match-index';

/**
 * `virtual:caveat-lens/match-index`: the URL rules computed from the catalogue, so the
 * content script ships a few hundred bytes of rules instead of the dataset. Also used by
 * vitest.config.ts, so tests import the same module the build serves.
 */
export function matchIndexPlugin(): Plugin {
  return {
    name: 'caveat-lens-match-index',
    resolveId: (id) => (id === INDEX_ID ? `\0${INDEX_ID}` : undefined),
    load: (id) => (id === `\0${INDEX_ID}` ? `export default ${JSON.stringify(MATCH_INDEX)};` : undefined),
  };
}

/** The dataset's problems as one message, or undefined when it is valid. */
export function datasetProblems(): string | undefined {
  const problems = checkTools(TOOLS.map((t) => ({ file: `data/tools/${t.id}.ts`, data: t })));
  return problems.length ? `Invalid dataset:\n${problems.map((p) => `  ${p.file}: ${p.path}: ${p.message}`).join('\n')}` : undefined;
}

export default defineWxtModule({
  name: 'caveat-lens:dataset',
  setup(wxt) {
    // A bad dataset must not build (dev or production). Tests report it through tests/unit/dataset.test.ts.
    wxt.hooks.hook('build:before', () => {
      const problems = datasetProblems();
      if (problems) throw new Error(problems);
    });

    addViteConfig(wxt, () => ({ plugins: [matchIndexPlugin()] }));

    const patterns = matchPatterns(MATCH_INDEX);
    wxt.hooks.hook('entrypoints:resolved', (_wxt, entrypoints) => {
      for (const e of entrypoints) if (e.type === 'content-script') e.options.matches = patterns;
    });
    wxt.hooks.hook('build:manifestGenerated', (_wxt, manifest) => {
      // Added to what WXT put there (in dev, its server's origin), never replacing it.
      manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...patterns])];
    });
  },
});
