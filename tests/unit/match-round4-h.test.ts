// Matcher cases for round 4 group H: Cloudflare Workers AI Playground.
// (GitHub Models, Kagi Translate and PartyRock were screened and not added.)
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Workers AI Playground — its own host playground.ai.cloudflare.com only; the rest of cloudflare.com is not claimed.
  ['https://playground.ai.cloudflare.com/', 'cloudflare-ai-playground'],
  ['https://playground.ai.cloudflare.com/?model=@cf/meta/llama-3.3-70b-instruct-fp8-fast', 'cloudflare-ai-playground'],
  ['https://playground.ai.cloudflare.com.evil.example/', null],
  ['https://notplayground.ai.cloudflare.com/', null],
  ['https://ai.cloudflare.com/', null],
  ['https://dash.cloudflare.com/?to=/:account/ai/workers-ai', null],
  ['https://developers.cloudflare.com/workers-ai/', null],
  ['https://huggingface.co/chat/', 'huggingchat'], // another tool's host does not return the playground
];

describe('round 4 group H matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
