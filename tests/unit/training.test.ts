import { describe, expect, it } from 'vitest';
import type { Training } from '@/data/schema';
import { trainingLine, trainingWords } from '@/data/training';
import { plain } from '@/utils/i18n/i18n';

const t = (p: Partial<Training>): Training => ({ default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown', ...p });

describe('training words', () => {
  it.each([
    [t({ default: 'on', optOut: 'setting' }), 'caution', /^On by default — you can switch it off/],
    [t({ default: 'on', optOut: 'form' }), 'caution', /^On by default — opt out by request form/],
    [t({ default: 'on', optOut: 'none' }), 'risk', /^On by default — no opt-out$/],
    [t({ default: 'on', optOut: 'unknown' }), 'risk', /^On by default — no opt-out route confirmed/],
    [t({ default: 'off' }), 'good', /^Off unless you opt in/],
    [t({ default: 'off', never: true }), 'good', /commits in writing/],
    [t({}), 'unknown', /^Unknown$/],
  ] as const)('%o → %s', (training, status, short) => {
    const w = trainingWords(training);
    expect(w.status).toBe(status);
    expect(w.short).toMatch(short);
  });

  it('never reads as "off" when training is on by default, whatever the opt-out', () => {
    for (const optOut of ['setting', 'form', 'none', 'unknown'] as const) {
      const w = trainingWords(t({ default: 'on', optOut }));
      expect(plain(w.sentence)).toMatch(/train its models by default/);
      expect(w.status).not.toBe('good');
    }
  });

  it('names the scope when the provider states it', () => {
    const { sentence } = trainingWords(t({ default: 'off', never: true, scope: 'generative AI models only' }));
    expect(sentence).toContainEqual({ en: 'generative AI models only' }); // the provider's words, marked as English
    expect(plain(sentence)).toMatch(/generative AI models only/);
  });

  it('the panel line adds the way out only where training is on by default and the provider says how', () => {
    const how = 'Settings → Data controls → Improve the model for everyone.';
    expect(plain(trainingLine({ training: t({ default: 'on', optOut: 'setting' }), optOutHow: how }).text)).toMatch(
      /by default; you can switch it off in settings\. Opt out: Settings → Data controls/,
    );
    expect(plain(trainingLine({ training: t({ default: 'on', optOut: 'setting' }), optOutHow: 'unknown' }).text)).not.toMatch(/Opt out:/);
    expect(trainingLine({ training: t({ default: 'off' }), optOutHow: how })).toEqual({
      status: 'good',
      text: ['Your inputs are not used for training unless you opt in.'],
    });
  });
});
