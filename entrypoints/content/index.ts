import { startPanel } from '@/utils/panel/controller';

export default defineContentScript({
  // Filled at build time from the dataset's match rules (modules/dataset.ts): one source of truth.
  matches: [],
  // "idle" (the default): the page's own scripts and load come first; measured by `npm run bench`.
  runAt: 'document_idle',
  main(ctx) {
    startPanel(ctx);
  },
});
