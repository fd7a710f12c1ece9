// Matcher cases for round 4, group D: xAI API Console, Hugging Face Inference Playground, DeepInfra, Perplexity API
// Platform.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // xAI API Console — console.x.ai only; grok.com and x.com/i/grok stay with the consumer Grok entry.
  ['https://console.x.ai/', 'xai-api-console'],
  ['https://console.x.ai/team/default/api-keys', 'xai-api-console'],
  ['https://console.x.ai.evil.example/', null],
  ['https://notconsole.x.ai/', null],
  ['https://accounts.x.ai/sign-up', null], // sign-up host is not claimed
  ['https://grok.com/', 'grok'],
  ['https://x.com/i/grok', 'grok'],

  // Hugging Face Inference Playground — path rule on huggingface.co; /chat stays HuggingChat, the rest of the Hub is not matched.
  ['https://huggingface.co/playground', 'huggingface-playground'],
  ['https://huggingface.co/playground?modelId=deepseek-ai/DeepSeek-V3-0324', 'huggingface-playground'],
  ['https://huggingface.co/playground/abc', 'huggingface-playground'],
  ['https://huggingface.co/playgrounds', null],
  ['https://huggingface.co/chat/', 'huggingchat'],
  ['https://huggingface.co/', null],
  ['https://huggingface.co.evil.example/playground', null],

  // DeepInfra — deepinfra.com only.
  ['https://deepinfra.com/', 'deepinfra'],
  ['https://deepinfra.com/meta-llama/Llama-3.3-70B-Instruct', 'deepinfra'],
  ['https://deepinfra.com.evil.example/', null],
  ['https://notdeepinfra.com/', null],
  ['https://api.together.ai/', 'together-ai'], // another inference cloud's host does not return DeepInfra

  // Perplexity API Platform — console.perplexity.ai; perplexity.ai stays the consumer Perplexity entry.
  ['https://console.perplexity.ai/', 'perplexity-api-platform'],
  ['https://console.perplexity.ai/group/settings/api-keys', 'perplexity-api-platform'],
  ['https://console.perplexity.ai.evil.example/', null],
  ['https://www.perplexity.ai/', 'perplexity'],
  ['https://docs.perplexity.ai/getting-started/pricing', null], // docs are not the tool
];

describe('round 4 group D matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
