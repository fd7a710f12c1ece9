/**
 * The dataset's fixed vocabularies, free of zod so extension pages can use them
 * without shipping the schema (the dataset is validated at build time).
 */

/**
 * The seed's twelve checklist rows, in the seed's order. Keys are stable ids stored in users' exports;
 * the views name them from the catalog (`row.<id>`).
 */
export const ROW_IDS = [
  'contentType',
  'modelArchitecture',
  'trainingData',
  'outputQuality',
  'biasMitigation',
  'hallucinationRisk',
  'computationalNeeds',
  'apiAvailability',
  'pricingModel',
  'dataPrivacyPolicy',
  'copyrightImplications',
  'securityVulnerabilities',
] as const;
export type RowId = (typeof ROW_IDS)[number];

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
