/**
 * Vite plugin: zod without its `Function` constructor. The organisation's extra tools are checked
 * against the dataset's full zod schema in the background and pages; full zod probes for `new
 * Function` (its JIT fast path), which MV3's CSP refuses anyway and which store reviews flag as
 * eval. The probe and the compilers get `undefined` instead, so zod runs its plain (jitless)
 * parser — the one it falls back to under that CSP. tests/e2e/build-output.spec.ts checks the result.
 */
import type { Plugin } from 'vite';

const ZOD_CORE = /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/;

export function zodJitlessPlugin(): Plugin {
  return {
    name: 'caveat-lens-zod-jitless',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_CORE.test(id)) return undefined;
      const out = code.replace(/\bconst F = Function;/g, 'const F = undefined;');
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
