// @ts-check
// Lint catches bugs and guards the module boundaries; formatting is Prettier's (`npm run format`).
// No type-aware rules: they need the whole TypeScript program and more than double the run time
// on a 2-core machine, and `tsc --noEmit` (strict) already runs in `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Code that ships in the content script, i.e. runs inside other people's pages. Its import graph is
 * walked from entrypoints/content/index.ts by tests/unit/panel/content-imports.test.ts, which also
 * fails when a file in that graph is missing here.
 */
export const CONTENT_SCRIPT = [
  'entrypoints/content/**',
  'utils/panel/**',
  'components/Panel.tsx',
  'components/PanelContainer.tsx',
  'components/StatusBadge.tsx',
  'components/SourceLink.tsx',
  'components/OrgNote.tsx',
  'components/PanelChanges.tsx',
  'components/PasteNotice.tsx',
  'hooks/useTheme.ts',
  'hooks/useI18n.tsx',
  'components/Segments.tsx',
  'utils/i18n/format.ts',
  'data/match.ts',
  'data/statuses.ts',
  'utils/settings/values.ts',
];

const CONTENT_SCRIPT_MESSAGE = 'The content script stays small: no dataset, catalogue, zod schema or zod (an `import type` is fine).';
/** Any path spelling: `@/data/catalogue`, `../../data/catalogue.ts`, … */
const contentScriptForbidden = [
  { regex: '(^|/)data/(tools|sources)(/|$)', message: CONTENT_SCRIPT_MESSAGE, allowTypeImports: true },
  { regex: '(^|/)data/(catalogue|schema)(\\.ts)?$', message: CONTENT_SCRIPT_MESSAGE, allowTypeImports: true },
  { regex: '^zod(/|$)', message: CONTENT_SCRIPT_MESSAGE, allowTypeImports: true },
  // Its words arrive with the background's reply, in the user's language: no catalog in the page.
  { regex: '(^|/)locales(/|$)|(^|/)utils/i18n/(i18n|panel-strings)(\\.ts)?$', message: CONTENT_SCRIPT_MESSAGE, allowTypeImports: true },
];

/** What CODE.md's security rules forbid in the extension's own code (the build is checked too). */
const UNSAFE_HTML = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render with elements.' },
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No raw HTML: build elements (textContent, createElement).',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No raw HTML: build elements.' },
];
const STORAGE_MESSAGE = 'Components are fed by props and hooks: storage goes through utils/settings (or a hook), never browser.* here.';
const COMPONENT_STORAGE = [
  { selector: "MemberExpression[object.name=/^(browser|chrome)$/][property.name='storage']", message: STORAGE_MESSAGE },
];
const APP_CODE = ['components/**', 'hooks/**', 'entrypoints/**', 'utils/**', 'data/**', 'modules/**'];

export default defineConfig(
  { ignores: ['.output/', '.wxt/', '.tmp/', 'test-results/', 'web-ext.config.ts'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    rules: {
      // `_name` marks a deliberately unused binding (e.g. a key dropped by destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests and scripts drive real browsers: page-side values (`chrome` in a page, evaluate results) are untyped.
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['tests/e2e/fixtures/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },

  // Boundaries. Each boundary has its own rule name, so one file can be under several.
  { files: APP_CODE, rules: { 'no-restricted-syntax': ['error', ...UNSAFE_HTML] } },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: STORAGE_MESSAGE },
            { name: 'webextension-polyfill', message: STORAGE_MESSAGE },
          ],
          patterns: [{ group: ['@wxt-dev/browser', '@wxt-dev/browser/*'], message: STORAGE_MESSAGE }],
        },
      ],
      'no-restricted-syntax': ['error', ...UNSAFE_HTML, ...COMPONENT_STORAGE],
    },
  },
  { files: CONTENT_SCRIPT, rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: contentScriptForbidden }] } },
  {
    // Inside data/, the same modules are one dot away.
    files: ['data/match.ts', 'data/statuses.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...contentScriptForbidden,
            { regex: '^\\./(tools|sources)(/|$)', message: CONTENT_SCRIPT_MESSAGE, allowTypeImports: true },
            { regex: '^\\./(catalogue|schema)(\\.ts)?$', message: CONTENT_SCRIPT_MESSAGE, allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)tests(/|$)', message: 'Scripts do not depend on tests: shared code lives in scripts/ (e.g. scripts/harness).' },
          ],
        },
      ],
    },
  },
);
