// Matcher cases for round 4 group G (read through Open Terms Archive copies): Llama API, Wordtune,
// Liquid AI Playground, Nous Research chat.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Llama API — llama.developer.meta.com (named in the Llama API Terms); meta.ai stays Meta AI.
  ['https://llama.developer.meta.com/', 'llama-api'],
  ['https://llama.developer.meta.com/docs/trust/data-commitments', 'llama-api'],
  ['https://llama.developer.meta.com.evil.example/', null],
  ['https://notllama.developer.meta.com/', null],
  ['https://developer.meta.com/', null],
  ['https://www.meta.ai/', 'meta-ai'],
  // Wordtune — the website and the web app at app.wordtune.com.
  ['https://www.wordtune.com/', 'wordtune'],
  ['https://wordtune.com/', 'wordtune'],
  ['https://app.wordtune.com/account', 'wordtune'],
  ['https://www.wordtune.com.evil.example/', null],
  ['https://notwordtune.com/', null],
  ['https://www.grammarly.com/', 'grammarly'],
  // Liquid AI Playground — playground.liquid.ai only; Liquid's other hosts are not claimed.
  ['https://playground.liquid.ai/', 'liquid-ai-playground'],
  ['https://playground.liquid.ai/chat', 'liquid-ai-playground'],
  ['https://playground.liquid.ai.evil.example/', null],
  ['https://www.liquid.ai/', null],
  ['https://leap.liquid.ai/', null],
  // Nous Research chat — hermes.nousresearch.com (named in the Nous Research Terms).
  ['https://hermes.nousresearch.com/', 'nous-research-chat'],
  ['https://hermes.nousresearch.com/chat/abc', 'nous-research-chat'],
  ['https://hermes.nousresearch.com.evil.example/', null],
  ['https://portal.nousresearch.com/', null],
  ['https://nousresearch.com/', null],
  ['https://huggingface.co/chat', 'huggingchat'],
];

describe('round 4 group G matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
