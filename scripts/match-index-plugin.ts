/**
 * Vite plugin serving `virtual:caveat-lens/match-index`: the compact URL-rule
 * index, computed from the validated catalogue at build time, so the content
 * script ships a few hundred bytes of rules instead of the dataset.
 */
import type { Plugin } from 'vite';
import { MATCH_INDEX } from '../data/catalogue.ts';

const ID = 'virtual:caveat-lens/match-index';

export function matchIndexPlugin(): Plugin {
  return {
    name: 'caveat-lens-match-index',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(MATCH_INDEX)};` : undefined),
  };
}
