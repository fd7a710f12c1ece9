// Matcher cases for group D (model platforms and companions) tools added in the coverage pass.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Cohere dashboard — dashboard.cohere.com only.
  ['https://dashboard.cohere.com/', 'cohere-dashboard'],
  ['https://dashboard.cohere.com/api-keys', 'cohere-dashboard'],
  ['https://dashboard.cohere.com/welcome/register', 'cohere-dashboard'],
  ['https://dashboard.cohere.com.evil.example/', null],
  ['https://notdashboard.cohere.com/', null],
  ['https://cohere.com/pricing', null], // marketing site is not claimed
  ['https://console.mistral.ai/', 'mistral-la-plateforme'], // another platform's host does not return cohere
  // Vertex AI Studio — a path rule on the shared Google Cloud console host.
  ['https://console.cloud.google.com/vertex-ai/studio', 'vertex-ai-studio'],
  ['https://console.cloud.google.com/vertex-ai/studio/multimodal?project=demo', 'vertex-ai-studio'],
  ['https://console.cloud.google.com/vertex-ai/studio/media', 'vertex-ai-studio'],
  ['https://console.cloud.google.com/vertex-ai/studiox', null], // segment boundary
  ['https://console.cloud.google.com/vertex-ai/workbench', null], // other Vertex AI pages are not claimed
  ['https://console.cloud.google.com/', null],
  ['https://console.cloud.google.com/bigquery', null],
  ['https://console.cloud.google.com.evil.example/vertex-ai/studio', null],
  ['https://aistudio.google.com/', 'google-ai-studio'], // Google AI Studio stays itself
];

describe('coverage group D matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
