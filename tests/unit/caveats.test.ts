import { describe, expect, it } from 'vitest';
import { getTool, lastChecked, TOOLS } from '@/data/catalogue';
import type { Tool } from '@/data/schema';
import { riskWords } from '@/data/statuses';
import { BADGE_NEUTRAL, BADGE_RISK, badgeFor } from '@/utils/background/badge';
import { caveatsFor, panelFor } from '@/utils/background/caveats';
import { pricingText } from '@/utils/format/price';
import { checklistMarkdown } from '@/utils/format/markdown';
import { daysBetween, isStale } from '@/utils/format/dates';
import { byCategory, searchTools } from '@/utils/pages/search';

const chatgpt = getTool('chatgpt')!;

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
        expect(c.text.trim()).not.toBe('');
      }
    }
  });

  it('say plainly when training on inputs is unknown', () => {
    const t = { ...chatgpt, privacy: { ...chatgpt.privacy, training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' } } } as Tool;
    expect(caveatsFor(t)[0]).toMatchObject({ status: 'unknown', text: expect.stringMatching(/unknown/) });
  });

  it('quote the cheapest paid plan with its period, or admit no price was read', () => {
    const pricing = { ...chatgpt.pricing, model: 'subscription', plans: [
      { name: 'Max', price: 200, currency: 'USD', period: 'month' },
      { name: 'Pro', price: 20, currency: 'USD', period: 'month' },
      { name: 'Free', price: 0, currency: 'USD', period: 'month' },
    ] } as Tool['pricing'];
    expect(pricingText(pricing)).toMatch(/^Subscription — paid plans from \$20\/month \(Pro\)/);
    expect(pricingText({ ...pricing, plans: [], model: 'unknown' })).toMatch(/^Pricing model unknown/);
  });

  it('panel data carries the tool’s one last-checked date and the risk count', () => {
    for (const tool of TOOLS) {
      const p = panelFor(tool);
      expect(p.lastChecked).toBe(lastChecked(tool));
      for (const c of p.caveats) expect(c.checked <= p.lastChecked, `${tool.id} ${c.topic}`).toBe(true);
    }
    expect(panelFor(chatgpt).riskCount).toBe(Object.values(chatgpt.checklist).filter((r) => r.status === 'risk').length);
  });

  it('a newer check on a claim the panel does not show, or on the prices, dates the tool everywhere', () => {
    const later = structuredClone(chatgpt);
    later.availability.sources[0]!.checked = '2099-01-01';
    expect([lastChecked(later), panelFor(later).lastChecked]).toEqual(['2099-01-01', '2099-01-01']);
    later.pricing.read = '2099-02-01';
    expect([lastChecked(later), panelFor(later).lastChecked]).toEqual(['2099-02-01', '2099-02-01']);
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
  it('shows the risk count, a neutral dot for none, and clears elsewhere', () => {
    const risks = Object.values(chatgpt.checklist).filter((r) => r.status === 'risk').length;
    expect(badgeFor(chatgpt)).toMatchObject({ text: risks ? String(risks) : '•', title: `Caveat Lens — ChatGPT: ${risks} ${risks === 1 ? 'risk' : 'risks'}` });
    const none = { ...chatgpt, checklist: Object.fromEntries(Object.entries(chatgpt.checklist).map(([k, r]) => [k, { ...r, status: 'good' }])) } as Tool;
    expect(badgeFor(none)).toMatchObject({ text: '•', color: BADGE_NEUTRAL });
    expect(badgeFor(null)).toMatchObject({ text: '', title: 'Caveat Lens' });
    const risky = { ...chatgpt, checklist: { ...chatgpt.checklist, contentType: { ...chatgpt.checklist.contentType, status: 'risk' } } } as Tool;
    expect(badgeFor(risky).color).toBe(BADGE_RISK);
    expect([riskWords(0), riskWords(1), riskWords(2)]).toEqual(['0 risks', '1 risk', '2 risks']);
  });
});

describe('markdown', () => {
  it('is the seed’s table with every row, escaped pipes and sources', () => {
    const md = checklistMarkdown({ ...chatgpt, checklist: { ...chatgpt.checklist, outputQuality: { ...chatgpt.checklist.outputQuality, note: 'a | b\nc' } } });
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
