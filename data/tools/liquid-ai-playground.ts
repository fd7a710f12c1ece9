// Liquid AI Playground — added 2026-12-01. Sources read on 2026-12-01:
// - Liquid AI Privacy Policy (Effective Date: July 14, 2025), read whole through the Open Terms Archive copy in
//   OpenTermsArchive/genai-contrib-versions ("Liquid AI/Privacy Policy.md").
// - Liquid AI Terms & Conditions (Last Updated: September 23, 2024) and the LFM License page (Last Updated: July 9, 2025),
//   combined in one Open Terms Archive file in OpenTermsArchive/GenAI-versions ("Liquid AI/Terms of Service.md"; the
//   genai-contrib-versions copy is empty). The Terms and the licence summary, FAQ and first sections were read; the rest
//   of the Apache-based licence text was not. Official URLs from OpenTermsArchive/GenAI-declarations (Liquid AI.json).
// - Liquid AI's own GitHub repository Liquid4All/onnx-export (README): its header links "Try LFM" to
//   https://playground.liquid.ai/ (host confirmation) and it lists the LFM2/LFM2.5 model families. Cited as third-party
//   (github.com is not a Liquid domain).
// Training parts: default on — the privacy policy lists "Training, fine-tuning or otherwise enhancing AI models and
// related technologies using inputs and outputs you share"; the Terms let Liquid use inputs and outputs "in perpetuity for
// our internal business purposes". No training opt-out was found (optOut unknown).
// Not read: any Playground price list, the Beta Evaluation / Enterprise agreements the privacy policy refers to.
// Second reading 2026-12-01: 11 claims confirmed, 0 made unknown (default on — the privacy policy lists "Training,
//   fine-tuning or otherwise enhancing AI models and related technologies using inputs and outputs you share" and Terms
//   3.3.4 allow use of Content "in perpetuity for our internal business purposes"; optOut unknown — no training opt-out in
//   either text, only the general EU/UK objection right via legal@liquid.ai; retention; human review unknown; US hosting,
//   session replay and cookie-based "sell and/or share"; processor role; pricing unknown, beta). Official URLs re-checked
//   against OpenTermsArchive/GenAI-declarations "Liquid AI.json", all on liquid.ai. Host: the Liquid4All/onnx-export README
//   links "Try LFM" to https://playground.liquid.ai/; Liquid4All is Liquid AI's own GitHub organisation (its Liquid4All/docs
//   README calls itself "the official documentation repository for Liquid AI", hosted at docs.liquid.ai). That is the
//   maker's own text on a non-Liquid domain, so it is acceptable for the host as a third-party-kind source, not as official.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const privacyPolicy = {
  url: 'https://liquid.ai/privacy-policy',
  title: 'Liquid AI Privacy Policy',
  kind: 'official',
  published: '2025-07-14',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/2c08368996006515f981681a8c2d1e65b793a6e8/Liquid%20AI/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-contrib-versions)',
  },
} as const;

const terms = {
  url: 'https://liquid.ai/terms-conditions',
  title: 'Liquid AI Terms & Conditions',
  kind: 'official',
  published: '2024-09-23',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/GenAI-versions/blob/02dca2e4710df461630d3b3421c770844020d06d/Liquid%20AI/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (GenAI-versions), first part of the combined file',
  },
} as const;

const lfmLicense = {
  url: 'https://www.liquid.ai/lfm-license',
  title: 'Liquid AI LFM Open License v1.0 (summary, FAQ and licence text)',
  kind: 'official',
  published: '2025-07-09',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/GenAI-versions/blob/02dca2e4710df461630d3b3421c770844020d06d/Liquid%20AI/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (GenAI-versions), second part of the combined file',
  },
} as const;

const onnxReadme = {
  url: 'https://github.com/Liquid4All/onnx-export',
  title: 'Liquid AI on GitHub: LiquidONNX README (links to the Playground; LFM2/LFM2.5 model families)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

export default {
  id: 'liquid-ai-playground',
  name: 'Liquid AI Playground',
  vendor: 'Liquid AI, Inc.',
  category: 'chat assistant',
  homepage: 'https://playground.liquid.ai/',
  officialDomains: ['liquid.ai'],
  match: [{ host: 'playground.liquid.ai' }],
  summary:
    "Liquid AI's web playground for trying its Liquid Foundation Models (LFMs); Liquid's privacy policy says it trains and fine-tunes AI models on the inputs and outputs you share, and no opt-out was found.",
  capabilities: [
    'Try Liquid Foundation Models (LFMs) in the browser',
    'Open-weight LFMs can also be downloaded and run locally under the LFM Open License',
  ],
  limits: [
    'Inputs and outputs may be used to train and fine-tune Liquid’s AI models, and Liquid may use them in perpetuity for internal purposes; no opt-out was found',
    'Liquid asks you not to submit personal data in prompts; the service is a beta / limited release, not for general commercial use',
    'Outputs may not be used to train or develop other AI models',
    'Liquid has no obligation to store your content; it may be deleted when access ends',
    'For users 18 and over only',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        '"Training, fine-tuning or otherwise enhancing AI models and related technologies using inputs and outputs you share", including to develop new products, improve model performance and system safety',
    },
    optOutHow:
      'unknown — no training opt-out was found; the privacy policy asks you not to submit personal data in prompts, and EU/UK residents can object to processing by e-mailing legal@liquid.ai.',
    retention:
      'Personal data is kept as long as needed to provide the services or for Liquid’s business purposes, longer for legal duties, disputes or fees. The Terms let Liquid use inputs and outputs in perpetuity, while Liquid has no obligation to store your content for you.',
    humanReview: 'unknown — not addressed in the texts read.',
    storage:
      'The services are hosted and operated in the United States through Liquid AI and its service providers. The site uses session replay and advertising cookies; under US state laws Liquid says it "sells or shares" personal data through cookies, with an opt-out.',
    business:
      'The privacy policy refers to Beta Evaluation, Enterprise or other services agreements (not read); where Liquid processes data for a business customer it acts as that customer’s processor.',
    sources: [privacyPolicy, terms],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier:
      'unknown — no Playground price list was read; the Terms describe the service as a beta / limited release not for general commercial purposes.',
    read: CHECKED,
    sources: [terms],
  },
  copyright: {
    ownership:
      'You keep ownership of your inputs and, between you and Liquid, own the outputs; Liquid may use both in perpetuity for internal business purposes.',
    commercialUse:
      'The hosted service is a beta not meant for general commercial purposes, and outputs may not be used to train other AI models. Downloaded LFMs are under the LFM Open License: commercial use is free only below US$10 million annual revenue.',
    indemnity: 'No indemnity from Liquid; its liability is capped at US$100.',
    sources: [terms, lfmLicense],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance was read.',
    incidents: [],
    enterpriseControls: 'unknown — the enterprise agreements were not read.',
    sources: [privacyPolicy],
  },
  availability: {
    regions: 'unknown — the texts read do not restrict regions; the service is hosted in the United States.',
    minAge: 18,
    account: 'An account is used for some features; you can link a Google or GitHub account through single sign-on.',
    platforms: ['web'],
    status: 'beta',
    sources: [terms, privacyPolicy, onnxReadme],
  },
  alternatives: ['huggingchat', 'le-chat', 'qwen-chat'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        "Second reading: the Open Terms Archive copies of the Privacy Policy (Effective July 14, 2025) and the Terms & Conditions (Last Updated September 23, 2024) with the LFM License confirm training and fine-tuning on inputs and outputs, use of Content in perpetuity, no training opt-out, retention as long as needed, US hosting, cookie-based selling/sharing, the processor role, the beta status and the US$100 liability cap. The host link in the Liquid4All/onnx-export README was re-read and the organisation checked as Liquid AI's own. Nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'A web playground for Liquid’s generative AI models, which cover text, vision-language and audio.',
      sources: [terms, onnxReadme],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Liquid Foundation Models (LFM2 and LFM2.5), dense and mixture-of-experts models such as LFM2.5-8B-A1B, plus vision-language and audio variants; open weights are published.',
      sources: [onnxReadme, lfmLicense],
    },
    trainingData: {
      status: 'risk',
      note: 'Liquid says it trains and fine-tunes AI models on the inputs and outputs you share, and no opt-out was found.',
      sources: [privacyPolicy, terms],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no quality figures were read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation was read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Liquid warns that outputs may be inaccurate, incomplete, incorrect or offensive, and must not be relied on as the only source of truth or as professional advice.',
      sources: [terms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'The Playground is hosted; the models are small open-weight models that Liquid also ships for local and on-device runtimes.',
      sources: [onnxReadme, privacyPolicy],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No hosted API terms were read; the open-weight models can be self-hosted under the LFM Open License, free for commercial use only below US$10 million revenue.',
      sources: [lfmLicense],
    },
    pricingModel: {
      status: 'unknown',
      note: 'unknown — no price list was read.',
      sources: [],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Training on your inputs and outputs, use in perpetuity, retention as long as needed for business purposes, and cookie-based "selling or sharing" of personal data for advertising.',
      sources: [privacyPolicy, terms],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You own inputs and outputs, but Liquid may use them in perpetuity, outputs may not train other models, and no indemnity is offered.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'unknown — no security documentation, incident or prompt-injection guidance was read.',
      sources: [],
    },
  },
} satisfies ToolInput;
