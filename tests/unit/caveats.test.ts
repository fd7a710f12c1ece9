import { describe, expect, it } from 'vitest';
import { getTool, lastChecked, TOOLS } from '@/data/catalogue';
import type { Tool } from '@/data/schema';
import { plain } from '@/utils/i18n/i18n';
import { BADGE_CAUTION, BADGE_NEUTRAL, BADGE_RISK, badgeFor } from '@/utils/background/badge';
import { caveatsFor, firstSentence, panelFor } from '@/utils/background/caveats';
import { countCaveats, countWords } from '@/utils/background/counts';
import { pricingText } from '@/utils/format/price';
import { checklistMarkdown } from '@/utils/format/markdown';
import { daysBetween, isStale } from '@/utils/format/dates';
import { byCategory, searchTools } from '@/utils/pages/search';

const chatgpt = getTool('chatgpt')!;
/** ChatGPT with nothing flagged: no training by default, nothing kept or read, every row good. */
const unflagged = {
  ...chatgpt,
  privacy: {
    ...chatgpt.privacy,
    training: { ...chatgpt.privacy.training, default: 'off', never: false },
    retention: 'unknown',
    humanReview: 'unknown',
  },
  checklist: Object.fromEntries(Object.entries(chatgpt.checklist).map(([k, r]) => [k, { ...r, status: 'good' }])),
} as Tool;

describe('panel caveats', () => {
  it('come privacy first, then pricing, limits, copyright, security, each with a source and date', () => {
    for (const tool of TOOLS) {
      const topics = caveatsFor(tool).map((c) => c.topic);
      expect(topics[0]).toBe('privacy');
      const order = ['privacy', 'retention', 'pricing', 'limits', 'copyright', 'security'];
      expect([...topics].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(topics);
      for (const c of caveatsFor(tool)) {
        expect(c.source.url).toMatch(/^https:\/\//);
        expect(c.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(plain(c.text).trim()).not.toBe('');
      }
    }
  });

  it('say plainly when training on inputs is unknown', () => {
    const t = {
      ...chatgpt,
      privacy: { ...chatgpt.privacy, training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' } },
    } as Tool;
    expect(caveatsFor(t)[0]).toMatchObject({ status: 'unknown', text: [expect.stringMatching(/unknown/)] });
  });

  it('quote the cheapest paid plan with its period, or admit no price was read', () => {
    const pricing = {
      ...chatgpt.pricing,
      model: 'subscription',
      plans: [
        { name: 'Max', price: 200, currency: 'USD', period: 'month' },
        { name: 'Pro', price: 20, currency: 'USD', period: 'month' },
        { name: 'Free', price: 0, currency: 'USD', period: 'month' },
      ],
    } as Tool['pricing'];
    expect(pricingText(pricing)).toMatch(/^Subscription — paid plans from \$20\/month \(Pro\)/);
    expect(pricingText({ ...pricing, plans: [], model: 'unknown' })).toMatch(/^Pricing model unknown/);
  });

  it('panel data carries the tool’s one last-checked date', () => {
    for (const tool of TOOLS) {
      const p = panelFor(tool);
      expect(p.lastChecked).toBe(lastChecked(tool));
      for (const c of p.caveats) expect(c.checked <= p.lastChecked, `${tool.id} ${c.topic}`).toBe(true);
    }
  });

  it('a newer check on a claim the panel does not show, or on the prices, dates the tool everywhere', () => {
    const later = structuredClone(chatgpt);
    later.availability.sources[0]!.checked = '2099-01-01';
    expect([lastChecked(later), panelFor(later).lastChecked]).toEqual(['2099-01-01', '2099-01-01']);
    later.pricing.read = '2099-02-01';
    expect([lastChecked(later), panelFor(later).lastChecked]).toEqual(['2099-02-01', '2099-02-01']);
  });

  it('the headline names the most important caveat: the first risk, else the first caution', () => {
    // ChatGPT: every caveat is a caution and training comes first.
    expect(plain(panelFor(chatgpt).headline)).toBe('Trains on your inputs by default — you can switch it off in settings');
    const withRisk = {
      ...chatgpt,
      checklist: { ...chatgpt.checklist, securityVulnerabilities: { ...chatgpt.checklist.securityVulnerabilities, status: 'risk' } },
    } as Tool;
    expect(plain(panelFor(withRisk).headline)).toBe('A 2023 caching bug leaked chat titles and partial payment data between users');
  });

  it('headlines are short: one sentence or clause, at most 140 characters', () => {
    for (const tool of TOOLS) {
      const headline = plain(panelFor(tool).headline);
      expect(headline.length, tool.id).toBeLessThanOrEqual(140);
      expect(headline.trim(), tool.id).not.toBe('');
    }
    expect(firstSentence(`${'word '.repeat(40)}end.`)).toMatch(/^(word ){10,}.*…$/);
  });
});

describe('staleness', () => {
  it('counts whole days and compares with the threshold', () => {
    expect(daysBetween('2026-01-01', '2026-07-01')).toBe(181);
    expect(isStale('2026-01-01', '2026-07-01', 180)).toBe(true);
    expect(isStale('2026-01-02', '2026-07-01', 180)).toBe(false);
  });
});

describe('badge', () => {
  it('counts what the panel counts, over the same caveats, in the vocabulary’s words', () => {
    const counted = countCaveats(panelFor(chatgpt).caveats);
    expect(badgeFor(chatgpt)).toMatchObject({
      text: String(counted.risk + counted.caution),
      title: `Caveat Lens — ChatGPT: ${countWords(counted)}`,
    });
    // ChatGPT's panel lists six cautions and no risk (the old badge said "0 caveats").
    expect(badgeFor(chatgpt).title).toBe('Caveat Lens — ChatGPT: 6 cautions');
    expect([countWords({ risk: 0, caution: 2 }), countWords({ risk: 1, caution: 0 }), countWords({ risk: 2, caution: 1 })]).toEqual([
      '2 cautions',
      '1 risk',
      '2 risks, 1 caution',
    ]);
  });

  it('colours: the palette’s risk red with a risk, its caution amber with cautions only, grey for none', () => {
    expect(badgeFor(chatgpt).color).toBe(BADGE_CAUTION);
    const risky = {
      ...chatgpt,
      checklist: { ...chatgpt.checklist, securityVulnerabilities: { ...chatgpt.checklist.securityVulnerabilities, status: 'risk' } },
    } as Tool;
    expect(badgeFor(risky).color).toBe(BADGE_RISK);
    expect(badgeFor(unflagged).color).toBe(BADGE_NEUTRAL);
    expect(badgeFor(null).color).toBe(BADGE_NEUTRAL);
  });

  it('for every tool, the badge number is the pill’s count, and its title the pill’s words', () => {
    for (const tool of TOOLS) {
      const panel = panelFor(tool);
      const { risk, caution } = countCaveats(panel.caveats);
      expect(badgeFor(tool).text, tool.id).toBe(risk + caution ? String(risk + caution) : '•');
      expect(badgeFor(tool).title, tool.id).toBe(`Caveat Lens — ${tool.name}: ${panel.countWords}`);
    }
  });

  it('a neutral dot when nothing is flagged, a dot after the number when facts changed, nothing elsewhere', () => {
    expect(badgeFor(unflagged)).toMatchObject({ text: '•', title: 'Caveat Lens — ChatGPT: no risks or cautions' });
    expect(badgeFor(chatgpt, true)).toMatchObject({
      text: '6•',
      title: 'Caveat Lens — ChatGPT: 6 cautions · changed since your last visit',
    });
    expect(badgeFor(null)).toMatchObject({ text: '', title: 'Caveat Lens' });
  });
});

describe('countWords', () => {
  it.each([
    [{ risk: 1, caution: 4 }, '1 risk, 4 cautions'],
    [{ risk: 2, caution: 1 }, '2 risks, 1 caution'],
    [{ risk: 0, caution: 6 }, '6 cautions'],
    [{ risk: 3, caution: 0 }, '3 risks'],
    [{ risk: 0, caution: 0 }, 'no risks or cautions'],
  ])('%o → %s', (count, words) => expect(countWords(count)).toBe(words));
});

describe('markdown', () => {
  it('is the seed’s table with every row, escaped pipes and sources', () => {
    const md = checklistMarkdown({
      ...chatgpt,
      checklist: { ...chatgpt.checklist, outputQuality: { ...chatgpt.checklist.outputQuality, note: 'a | b\nc' } },
    });
    expect(md).toContain('| Feature/Consideration | Status | Notes |');
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Feature') && !l.startsWith('| ---'))).toHaveLength(12);
    expect(md).toContain('a \\| b c');
    expect(md).toMatch(/Sources: \[.+\]\(https:\/\//);
  });
});

describe('search', () => {
  it('finds by name, vendor and host, case- and accent-insensitively', () => {
    expect(searchTools(TOOLS, 'claude').map((t) => t.id)).toEqual(expect.arrayContaining(['claude', 'claude-platform']));
    expect(searchTools(TOOLS, 'GOOGLE').map((t) => t.id)).toEqual(expect.arrayContaining(['gemini', 'notebooklm', 'google-ai-studio']));
    expect(searchTools(TOOLS, 'chatgpt.com').map((t) => t.id)).toContain('chatgpt');
    expect(searchTools(TOOLS, 'zzzz')).toEqual([]);
    expect(searchTools(TOOLS, '  ')).toHaveLength(TOOLS.length);
  });
  it('groups every tool once, by category', () => {
    expect(byCategory(TOOLS).flatMap(([, l]) => l)).toHaveLength(TOOLS.length);
  });
});
