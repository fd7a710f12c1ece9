/**
 * English: the manifest's texts, written to `_locales/<locale>/messages.json` at build time
 * (modules/locales.ts) and read by the browser as `__MSG_<name>__` (the part after `manifest.`). Chrome Web Store's short
 * description is `manifest.description`: docs/store/<locale>.md quotes it (tests/unit/store-listing.test.ts).
 */
export default {
  'manifest.extName': 'Caveat Lens',
  'manifest.extDescription': 'The fine print of generative-AI tools — privacy, pricing, copyright and limits — right where you use them.',
  // The keyboard commands' labels on the browser's shortcuts page (utils/commands/manifest.ts).
  'manifest.cmdTogglePanel': 'Show or hide the panel on this page',
  'manifest.cmdOpenChecklist': 'Open the full checklist for this page’s tool',
} as const;
