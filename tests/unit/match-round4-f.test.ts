// Matcher cases for round 4, group F (tools from outside the list): Speechify.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Speechify — its web app on its own host (app.speechify.com); the speechify.com marketing site is not claimed.
  ['https://app.speechify.com/', 'speechify'],
  ['https://app.speechify.com/settings?tab=subscription', 'speechify'],
  ['https://app.speechify.com/login', 'speechify'],
  ['https://app.speechify.com.evil.example/', null],
  ['https://notspeechify.com/', null],
  ['https://speechify.com/pricing/', null],
  ['https://elevenlabs.io/app/speech-synthesis', 'elevenlabs'], // another audio tool's host never returns speechify
];

describe('round 4 group F matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
