// Udio — no official Udio page (terms, privacy, pricing, help on udio.com / help.udio.com) was present in the stored
// copies (re-checked 2026-11-28 and again 2026-12-01), so this entry rests on press reporting and a commentary piece
// quoting Udio's revised terms; many fields are "unknown". A competitor's blog (musicmake.ai) was dropped as unreliable,
// so output ownership and plan details are unknown. Key facts: Universal Music Group settled with Udio on 2025-10-29,
// downloads were disabled and the service became a "walled garden" pending a licensed platform; Warner and several
// indies later licensed Udio while Sony was still litigating (as of May 2026). Match: udio.com and www.udio.com.
// Re-check 2026-12-01 (search tools only): searched the stored pages, docs and GitHub copies for Udio's terms, privacy
// policy, pricing and help/FAQ — none from udio.com was found, and no faithful copy (Open Terms Archive or similar)
// exists; GitHub hits were third-party summaries, not copies. Re-read: the Aardvark piece quoting the revised terms,
// the creator-blog reading of the terms and the court complaint. Nothing was read through a copy (no `via`).
// Review findings resolved: training rested only on a creator blog (not even a tracker) and is now default/optOut/scope
// 'unknown' (was default 'on'); "Account required" had no source and is now unknown; the data-privacy row is now
// unknown. No press or blog source could be replaced with official text, because none was readable.
// Second reading 2026-12-01: 7 claims confirmed, 0 made unknown
// (training/optOutHow/retention/humanReview/storage/business unknown, pricing unknown) — the blog reading cited as
// third-party context re-read; no Udio page is in the stored copies.
import type { ToolInput } from '../schema.ts';
import { labelSuits as umgSettlement } from '../sources/music-press.ts';

const termsNoDownload = {
  url: 'https://aardvark.co.nz/daily/2025/1111.shtml',
  title: 'Aardvark Daily: Udio terms changed to prohibit downloads after UMG deal (quotes the revised terms)',
  kind: 'third-party',
  published: '2025-11-11',
  checked: '2026-12-01',
} as const;

const udioHome = {
  url: 'https://www.udio.com/',
  title: 'Udio (official site; pricing and terms could not be read in the stored copies)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const termsTrainingReading = {
  url: 'https://jackrighteous.com/en-gb/blogs/music-creation-process-guide/udio-terms-of-service-ai-music-risks',
  title: 'Jack Righteous (creator blog summarising an entertainment lawyer’s review): Udio Terms of Service risks',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const umgStatement = {
  url: 'https://www.creationrights.com/?p=1136',
  title: 'CreationRights: UMG settles with Udio, quotes UMG announcement on the walled-garden transition',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const downloadWindow = {
  url: 'https://rymmagazine.com/udios-download-whiplash-why-creators-have-48-hours-to-save-their-ai-music',
  title: 'RYM Magazine: Udio disables downloads, offers 48-hour window',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const walledGardenAnalysis = {
  url: 'https://www.creativeainews.com/blog/udio-licensed-fan-platform-analysis',
  title: 'Creative AI News: Udio’s licensed walled-garden platform after UMG and WMG settlements',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const complaint = {
  url: 'https://scribd.com/document/745315344/UMG-v-Udio',
  title: 'UMG Recordings et al. v. Uncharted Labs (Udio), complaint, S.D.N.Y. 1:24-cv-04777',
  kind: 'third-party',
  published: '2024-06-24',
  checked: '2026-12-01',
} as const;

const licensingUpdate = {
  url: 'https://www.unchainedmusic.io/blog-posts/udio-walled-garden-ai-music-licensing-sanchez',
  title: 'Unchained Music: Udio CEO on the walled-garden product and label licences (summarising Music Business Worldwide)',
  kind: 'third-party',
  published: '2026-05-28',
  checked: '2026-11-28',
} as const;

const unofficialApi = {
  url: 'https://docs.sunor.cc/models/udio',
  title: 'sunor (unofficial, not affiliated with Udio): Udio model docs',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'udio',
  name: 'Udio',
  vendor: 'Uncharted Labs, Inc.',
  category: 'audio/music',
  homepage: 'https://www.udio.com/',
  officialDomains: ['udio.com'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'udio.com' }, { host: 'www.udio.com' }],
  summary:
    'AI song generator that, after settling with Universal Music Group in October 2025, stopped letting users download their songs and restricts creations to its own platform pending a licensed relaunch.',
  capabilities: [
    'Songs with vocals or instrumentals from a short text prompt',
    'Custom lyrics with section markers',
    'Remix, extend and share within the Udio platform',
  ],
  limits: [
    'Downloads disabled since 29 October 2025 (press reports); the revised terms, as quoted by a commentary site, forbid downloading or distributing outputs off the platform',
    'Who owns generated songs under the current terms could not be verified',
    'Service in a transition period before a licensed, no-export platform announced for 2026',
    'No official public API found',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — none of Udio’s own pages (terms, privacy policy, help, pricing) were in the stored copies. A creator blog summarising a lawyer’s review of an earlier terms update says both your inputs (lyrics, audio) and outputs may be used to train Udio’s models; this could not be checked against Udio’s text.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage: 'unknown',
    business: 'unknown — no business or enterprise terms found.',
    sources: [termsTrainingReading],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier: 'unknown — Udio’s pricing page could not be read in the stored copies.',
    read: '2026-11-28',
    sources: [udioHome],
  },
  copyright: {
    ownership:
      'unknown — Udio’s current terms could not be read, and the only detailed reading found (a competitor’s blog) was not relied on.',
    commercialUse:
      'The revised terms, as quoted by a commentary site (Aardvark), forbid downloading, publishing or distributing your or anyone’s outputs on personal devices, streaming services or social platforms, so off-platform commercial use is effectively ruled out. Songs downloaded in the 48-hour window in November 2025 were reported to stay under the prior terms.',
    indemnity: 'unknown',
    sources: [termsNoDownload, downloadWindow],
  },
  security: {
    promptInjection: 'Not applicable in the chat-assistant sense; no prompt-injection issues documented in the sources read.',
    incidents: [],
    enterpriseControls: 'unknown — no enterprise offering found.',
    sources: [umgStatement],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'unknown — account requirements could not be read from Udio’s own pages. Per UMG’s announcement (as quoted by CreationRights), the existing product stays available during the transition, with fingerprinting and filtering added.',
    platforms: ['web'],
    status: 'generally available',
    sources: [umgStatement, walledGardenAnalysis, licensingUpdate],
  },
  alternatives: ['suno', 'elevenlabs'],
  changelog: [
    {
      date: '2025-10-29',
      change:
        'UMG and Udio announced a settlement and licensing deal; Udio disabled downloads and moved creations into a walled garden (a 48-hour download window followed in November).',
    },
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: no official Udio page readable; dropped a competitor blog, so ownership and pricing are now unknown; added the 2026 licensing status.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: udio.com terms, privacy, pricing and help pages were searched for again and are still not in the stored copies; training is now unknown (was on by default), the account requirement is now unknown, the data-privacy row is now unknown, and blog/press claims are labelled as third-party.',
      fields: ['training', 'availability', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: all of Udio's privacy and price fields correctly stay unknown (no Udio page in the stored copies); the third-party blog reading quoted as context was re-read and carries its sentence; nothing changed.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates songs with vocals or instrumentals from prompts or user lyrics, now usable only inside Udio.',
      sources: [unofficialApi, walledGardenAnalysis],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Proprietary models (a "v1.5" generation is referenced by third parties); no architecture details from Udio were found.',
      sources: [],
    },
    trainingData: {
      status: 'risk',
      note: 'The major labels sued Udio in June 2024 over training on copyrighted recordings; UMG settled in October 2025 and Warner and several indie rights groups later licensed Udio, but Sony was still suing as of May 2026.',
      sources: [complaint, umgSettlement, umgStatement, licensingUpdate],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No reliable quality assessment was found in the sources read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias or fairness documentation was found in the sources read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Not assessed; no source read describes output accuracy or resemblance risks for the current service.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud-hosted web service; nothing runs locally.',
      sources: [umgStatement],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No official public API was found; sites offering "Udio API" access state they are unofficial and unaffiliated.',
      sources: [unofficialApi],
    },
    pricingModel: {
      status: 'unknown',
      note: 'Udio’s plans and prices could not be read from an official or reliable source, including what paid plans include after the walled-garden change.',
      sources: [],
    },
    dataPrivacyPolicy: {
      status: 'unknown',
      note: 'Udio’s own privacy policy and terms could not be read. A creator blog says uploaded lyrics and audio, and your outputs, may be used to train Udio’s models; treat anything you upload as possibly used for training.',
      sources: [termsTrainingReading],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'The revised terms forbid downloading or distributing your songs outside Udio, and ownership of outputs is unclear; do not plan a release around Udio output.',
      sources: [termsNoDownload, downloadWindow],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security incidents or security documentation were found in the sources read.',
      sources: [],
    },
  },
} satisfies ToolInput;
