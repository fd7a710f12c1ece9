import { startPanel } from './panel-controller';

export default defineContentScript({
  // Filled at build time from the dataset's match rules (wxt.config.ts): one source of truth.
  matches: [],
  main(ctx) {
    startPanel(ctx);
  },
});
