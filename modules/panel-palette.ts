/**
 * The palette (components/palette.css) as the in-page panel needs it. The panel always has a
 * resolved data-theme (hooks/useTheme.ts), so its copy needs no light-dark(): each colour becomes
 * its light value on .cl-root and its dark value under .cl-root[data-theme='dark']. That works in
 * every engine as it is, where the minifier would otherwise add fallback variables for engines
 * without light-dark() (~100 B gzip on every page load). `:root` rules are dropped (a shadow root
 * has none), and so are colours the panel never uses; each theme's colours end in one rule.
 * The extension pages keep light-dark().
 * A PostCSS plugin, run on the content script's CSS only (modules/preact-panel.ts).
 */
import type { Declaration, PluginCreator, Rule } from 'postcss';

const LIGHT_DARK = /^light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)$/i;
const DARK = "[data-theme='dark']";
const LIGHT = "[data-theme='light']";

export const panelPalette: PluginCreator<void> = () => ({
  postcssPlugin: 'caveat-lens:panel-palette',
  OnceExit(root) {
    root.walkRules((rule: Rule) => {
      const selectors = rule.selectors.filter((s) => !s.startsWith(':root'));
      if (!selectors.length) return void rule.remove();
      rule.selectors = selectors;
      const dark = rule.clone({ selectors: selectors.map((s) => `${s}${DARK}`) });
      dark.removeAll();
      rule.walkDecls((decl) => {
        if (!decl.value.includes('light-dark(')) return;
        const m = LIGHT_DARK.exec(decl.value);
        if (!m) throw decl.error('the panel palette takes light-dark(#light, #dark) only');
        decl.value = m[1]!;
        dark.append(decl.clone({ value: m[2]! })); // a clone keeps the source file, which Vite reads
      });
      if (dark.nodes.length) rule.after(dark);
    });
    // Colours no rule of the panel reads.
    const used = new Set<string>();
    root.walkDecls((decl) => {
      for (const m of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) used.add(m[1]!);
    });
    root.walkDecls(/^--/, (decl: Declaration) => {
      if (!used.has(decl.prop)) decl.remove();
    });
    // One rule per theme: a later top-level rule for the same selector that only sets colours
    // (or the colour scheme), which no other rule of the panel sets, folds into the first. The
    // light theme is the base (data-theme is always light or dark), so its rules fold into .cl-root's.
    const first = new Map<string, Rule>();
    root.each((node) => {
      if (node.type !== 'rule') return;
      const colours = node.nodes.every((d) => d.type === 'decl' && (d.prop.startsWith('--') || d.prop === 'color-scheme'));
      const key = colours ? node.selector.replace(LIGHT, '') : node.selector;
      const earlier = first.get(key);
      if (!earlier) return void first.set(key, node);
      if (!colours) return;
      node.each((d) => {
        if (d.type !== 'decl') return;
        earlier.walkDecls(d.prop, (old) => void old.remove());
        earlier.append(d.clone());
      });
      node.remove();
    });
    root.walkRules((rule) => {
      if (!rule.nodes.length) rule.remove();
    });
  },
});
panelPalette.postcss = true;
