/**
 * English, the source language: the dataset's fixed vocabularies and the words every view shares.
 * Keys are `area.name`; `{name}` is a placeholder; `{ one, other }` are plural forms chosen by `count`.
 * Every other locale has exactly these keys and placeholders (tests/unit/i18n/catalogs.test.ts).
 */
export default {
  'app.name': 'Caveat Lens',

  // A claim's four statuses (data/statuses.ts).
  'status.good': 'Good',
  'status.caution': 'Caution',
  'status.risk': 'Risk',
  'status.unknown': 'Unknown',
  'count.risk': { one: '{count} risk', other: '{count} risks' },
  'count.caution': { one: '{count} caution', other: '{count} cautions' },
  'count.none': 'no risks or cautions',

  // The seed's twelve checklist rows (data/rows.ts).
  'row.contentType': 'Content type',
  'row.modelArchitecture': 'Model architecture',
  'row.trainingData': 'Training data',
  'row.outputQuality': 'Output quality',
  'row.biasMitigation': 'Bias mitigation',
  'row.hallucinationRisk': 'Hallucination risk',
  'row.computationalNeeds': 'Computational needs',
  'row.apiAvailability': 'API availability',
  'row.pricingModel': 'Pricing model',
  'row.dataPrivacyPolicy': 'Data privacy policy',
  'row.copyrightImplications': 'Copyright implications',
  'row.securityVulnerabilities': 'Security vulnerabilities',

  'category.chat assistant': 'Chat assistant',
  'category.image': 'Image',
  'category.video': 'Video',
  'category.audio/music': 'Audio & music',
  'category.code assistant': 'Code assistant',
  'category.developer platform/API': 'Developer platform & API',
  'category.search/research': 'Search & research',
  'category.notebook': 'Notebook',
  'category.writing/productivity': 'Writing & productivity',
  'category.companion': 'Companion',

  'platform.web': 'Web',
  'platform.desktop': 'Desktop',
  'platform.mobile': 'Mobile',
  'platform.api': 'API',
  'platform.ide': 'IDE',
  'platform.browser extension': 'Browser extension',

  'availability.generally available': 'Generally available',
  'availability.beta': 'Beta',
  'availability.waitlist': 'Waitlist',
  'availability.discontinued': 'Discontinued',
  'availability.unknown': 'Unknown',

  // An organisation's policy without a name: how views name it.
  'org.yours': 'your organisation',

  'sourceKind.official': 'official',
  'sourceKind.third-party': 'third-party',
  'source.via.official': 'official text, read via',
  'source.via.third-party': 'third-party, read via',

  // Pricing (utils/format/price.ts).
  'pricingModel.free': 'Free',
  'pricingModel.freemium': 'Freemium',
  'pricingModel.subscription': 'Subscription',
  'pricingModel.usage-based': 'Usage-based',
  'pricingModel.enterprise': 'Enterprise',
  'pricingModel.unknown': 'Pricing model unknown',
  'price.month': '{price}/month',
  'price.year': '{price}/year',
  'price.one-time': '{price} one-time',
  'price.usage': '{price} (usage-based)',
  'price.custom': 'Custom (contact sales)',
  'price.unknown': 'Price not published',
  'pricing.from': '{model} — paid plans from {price} ({plan})',
  'pricing.freeTier': 'Free tier: {text}',

  // Training on your inputs (data/training.ts): the sentence, a short phrase and a headline per case.
  'training.optOut.setting': 'you can switch it off in settings',
  'training.optOut.form': 'opt out by request form',
  'training.optOut.none': 'no opt-out',
  'training.optOut.unknown': 'no opt-out route confirmed in the sources read',
  'training.never.short': 'Off — provider commits in writing',
  'training.never.sentence': 'The provider commits in writing not to train on your inputs.',
  'training.never.sentenceScope': 'The provider commits in writing not to train on your inputs ({scope}).',
  'training.never.headline': 'Does not train on your inputs (a commitment in writing)',
  'training.off.short': 'Off unless you opt in',
  'training.off.sentence': 'Your inputs are not used for training unless you opt in.',
  'training.off.sentenceScope': 'Your inputs are not used for training unless you opt in ({scope}).',
  'training.off.headline': 'Does not train on your inputs unless you opt in',
  'training.on.short': 'On by default — {optOut}',
  'training.on.sentence': 'Your inputs train its models by default; {optOut}.',
  'training.on.sentenceScope': 'Your inputs train its models by default ({scope}); {optOut}.',
  'training.on.headline': 'Trains on your inputs by default — {optOut}',
  'training.unknown.short': 'Unknown',
  'training.unknown.sentence': 'Whether your inputs train its models is unknown.',
  'training.unknown.headline': 'Unknown whether it trains on your inputs',
  'training.optOutRoute': 'Opt out: {route}',

  // The checklist as Markdown (utils/format/markdown.ts).
  'md.title': '{tool} ({vendor}) — Caveat Lens checklist',
  'md.lastChecked': 'Last checked: {date}',
  'md.trains': 'Trains on your inputs: {sentence}',
  'md.feature': 'Feature/Consideration',
  'md.status': 'Status',
  'md.notes': 'Notes',
  'md.sources': 'Sources: {list}',

  // Dates (utils/i18n/i18n.ts formats them with Intl).
  'date.checked': 'checked {date}',
  'date.checkedAgo': 'checked {ago}',
} as const;
