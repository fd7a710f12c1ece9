// When a sensitive paste matters: the tool's data says inputs train by default, are kept long,
// or may be read by people.
import { describe, expect, it } from 'vitest';
import { getTool, TOOLS } from '@/data/catalogue';
import { EN } from '@/utils/i18n/i18n';
import { keptLong, nudgeFor, readByPeople, shortRoute } from '@/utils/background/nudge';
import { SENSITIVE_KINDS } from '@/utils/panel/detectors';

describe('keptLong', () => {
  it.each<[string, boolean]>([
    ['Up to 5 years if you allow training; otherwise up to 30 days.', true],
    ['With Keep Activity on, activity is auto-deleted after 18 months by default.', true],
    ['Kept "as long as reasonably necessary"; no fixed periods are given.', true],
    ['Account data and inputs are kept as long as you have an account.', true],
    ['No period stated.', true],
    ['Threads are deleted after 24 hours of inactivity by default.', false],
    ['Deleted within 30 days; files you upload are kept until you delete them.', false],
    ['Abuse-monitoring logs are kept up to 30 days.', false],
    ['unknown — the full Privacy Policy was not read.', false],
    ['unknown', false],
  ])('%s → %s', (text, long) => expect(keptLong(text)).toBe(long));
});

describe('readByPeople', () => {
  it.each<[string, boolean]>([
    ['Yes: the Terms say OpenAI uses automated systems and human review.', true],
    ['Yes — human reviewers read a sample of your data.', true],
    ['Unpaid services: yes, human reviewers may read and annotate API inputs.', true],
    ['Stored API data can be accessed by authorised OpenAI staff (engineering support).', true],
    ['Use is monitored by automated means, with human review where the law requires it.', true],
    ['unknown — not addressed in the pages read.', false],
    ['Not described. The terms let the provider review usage by technical means.', false],
    ['Not stated.', false],
    ['unknown', false],
  ])('%s → %s', (text, people) => expect(readByPeople(text)).toBe(people));
});

describe('shortRoute', () => {
  it('drops asides and keeps whole sentences within the limit', () => {
    expect(shortRoute('Open Settings (top right, under your name). Turn off training. Then reload.', 40)).toBe(
      'Open Settings. Turn off training.',
    );
    expect(shortRoute('One very long sentence without any stop that just keeps on going and going', 30)).toMatch(
      /^One very long sentence…$/,
    );
  });
});

describe('nudgeFor', () => {
  it('ChatGPT: trains by default, keeps long, people may read; with the opt-out route', () => {
    expect(nudgeFor(getTool('chatgpt')!)).toEqual({
      risks: ['training', 'retention', 'review'],
      caveat:
        'ChatGPT uses what you send to train its models unless you opt out. ChatGPT may keep what you send for a long time. People at OpenAI may read conversations.',
      optOut:
        'Settings → Data Controls → turn off "Improve the model for everyone", or click "do not train on my content" in OpenAI\'s privacy portal; once you opt out, new conversations are not used for training. Temporary Chats are not used for training.',
      kindWords: SENSITIVE_KINDS.map((k) => EN.t(`kind.${k}`)),
    });
    // Every kind the detectors name has its words.
    expect(nudgeFor(getTool('chatgpt')!)!.kindWords).toEqual([
      'an API key',
      'an access token',
      'a private key',
      'a password in a connection string',
      'a payment card number',
      'a bank account number (IBAN)',
      'many e-mail addresses',
      'many phone numbers',
    ]);
  });

  it('no nudge where nothing of the three is in the data (Kagi Assistant: no training, 24-hour threads)', () => {
    expect(nudgeFor(getTool('kagi-assistant')!)).toBeUndefined();
  });

  it('every tool that trains on inputs by default gets one; the opt-out is sent only when known', () => {
    for (const tool of TOOLS) {
      const n = nudgeFor(tool);
      if (tool.privacy.training.default === 'on') expect(n?.risks, tool.id).toContain('training');
      if (n?.optOut) {
        expect(n.optOut, tool.id).not.toMatch(/^unknown/i);
        expect(n.optOut.length, tool.id).toBeLessThanOrEqual(280);
        expect(n.optOut, tool.id).not.toMatch(/\([^)]*$/); // no aside cut in half
      }
    }
  });
});
