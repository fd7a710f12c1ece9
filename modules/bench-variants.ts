/**
 * The bench's comparison builds (`npm run bench` makes them; never shipped), each with the same
 * manifest and background as the real extension and only the content script swapped:
 *   CAVEAT_LENS_BENCH_VARIANT=floor   appends an empty <caveat-lens> shadow host — what any
 *                                     extension with this manifest pays on a tool page;
 *   CAVEAT_LENS_BENCH_VARIANT=novdom  the same <Panel/> rendered once by a JSX-to-DOM runtime with
 *                                     no virtual DOM — route B of the panel-performance issue.
 * Production builds like the real one, written to .output/chrome-mv3-<variant>.
 */
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

export const BENCH_VARIANT = process.env.CAVEAT_LENS_BENCH_VARIANT as 'floor' | 'novdom' | undefined;

const CONTENT: Record<NonNullable<typeof BENCH_VARIANT>, string> = {
  floor: 'scripts/bench/floor-content.ts',
  novdom: 'scripts/bench/novdom/content.ts',
};

/** Route B resolves React to a one-shot JSX-to-DOM runtime instead of preact/compat. */
export const NOVDOM_ALIASES = [
  { find: /^react\/jsx-runtime$/, replacement: resolve(import.meta.dirname, '../scripts/bench/novdom/jsx-runtime.ts') },
  { find: /^react$/, replacement: resolve(import.meta.dirname, '../scripts/bench/novdom/react.ts') },
];

export default defineWxtModule({
  name: 'caveat-lens:bench-variants',
  setup(wxt) {
    if (!BENCH_VARIANT) return;
    const input = resolve(wxt.config.root, CONTENT[BENCH_VARIANT]);
    wxt.hooks.hook('entrypoints:resolved', (_wxt, entrypoints) => {
      for (const e of entrypoints) if (e.type === 'content-script') e.inputPath = input;
    });
  },
});
