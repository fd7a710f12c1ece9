/**
 * `CAVEAT_LENS_FLOOR=1 wxt build` (run by `npm run bench`) builds the floor extension: the same
 * manifest and background, with a content script that only appends an empty shadow host.
 * The bench measures the real extension against it in one run. A production build like the
 * real one, written to .output/chrome-mv3-floor.
 */
export const FLOOR = !!process.env.CAVEAT_LENS_FLOOR;
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

export default defineWxtModule({
  name: 'caveat-lens:bench-floor',
  setup(wxt) {
    if (!FLOOR) return;
    wxt.hooks.hook('entrypoints:resolved', (_wxt, entrypoints) => {
      for (const e of entrypoints) if (e.type === 'content-script') e.inputPath = resolve(wxt.config.root, 'scripts/bench/floor-content.ts');
    });
  },
});
