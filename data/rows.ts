/**
 * The dataset's fixed vocabularies, free of zod so extension pages can use them
 * without shipping the schema (the dataset is validated at build time).
 */

/** The seed's twelve checklist rows, in the seed's order. Keys are stable ids stored in users' exports. */
export const CHECKLIST_ROWS = [
  ['contentType', 'Content type'],
  ['modelArchitecture', 'Model architecture'],
  ['trainingData', 'Training data'],
  ['outputQuality', 'Output quality'],
  ['biasMitigation', 'Bias mitigation'],
  ['hallucinationRisk', 'Hallucination risk'],
  ['computationalNeeds', 'Computational needs'],
  ['apiAvailability', 'API availability'],
  ['pricingModel', 'Pricing model'],
  ['dataPrivacyPolicy', 'Data privacy policy'],
  ['copyrightImplications', 'Copyright implications'],
  ['securityVulnerabilities', 'Security vulnerabilities'],
] as const;
export type RowId = (typeof CHECKLIST_ROWS)[number][0];
export const ROW_IDS = CHECKLIST_ROWS.map(([id]) => id) as RowId[];

export const CATEGORIES = [
  'chat assistant',
  'image',
  'video',
  'audio/music',
  'code assistant',
  'developer platform/API',
  'search/research',
  'notebook',
  'writing/productivity',
  'companion',
] as const;
