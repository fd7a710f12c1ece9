// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the Hugging Face tools (HuggingChat, Inference Playground).

/** The page shows no date; read through its source file in Hugging Face's own docs repository. */
export const inferencePricing = {
  url: 'https://huggingface.co/docs/inference-providers/en/pricing',
  title: 'Hugging Face Inference Providers — Pricing and Billing (undated)',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/huggingface/hub-docs/blob/01be74622823407d9194ee69558e992af6f88099/docs/inference-providers/pricing.md',
    title: 'huggingface/hub-docs docs/inference-providers/pricing.md, the source of the docs page',
  },
} as const;
