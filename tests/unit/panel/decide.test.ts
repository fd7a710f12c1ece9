import { describe, expect, it } from 'vitest';
import { getTool } from '@/data/catalogue';
import { panelReply } from '@/utils/background/answer';
import { decide, NARROW, type DecideInput } from '@/utils/panel/decide';
import { DEFAULTS } from '@/utils/settings/model';

const reply = panelReply('chatgpt', { global: DEFAULTS, sites: {} })!;
const base: DecideInput = { toolId: 'chatgpt', hiddenForVisit: false, reply, viewportWidth: 1280 };
const withView = (view: Partial<typeof reply.view>): DecideInput => ({ ...base, reply: { ...reply, view: { ...reply.view, ...view } } });

describe('decide: URL + settings + dataset answer → what the page shows', () => {
  it.each<[string, DecideInput, Record<string, unknown>]>([
    ['a known tool with default settings: expanded, top-right', base, { show: true, collapsed: false, corner: 'top-right', theme: 'auto' }],
    ['no tool on this URL', { ...base, toolId: null, reply: null }, { show: false }],
    ['hidden for this visit', { ...base, hiddenForVisit: true }, { show: false }],
    ['no answer from the background (reloaded, unknown id)', { ...base, reply: null }, { show: false }],
    ['an answer for another tool (a late reply after navigation)', { ...base, toolId: 'claude' }, { show: false }],
    ['panel switched off for the site', withView({ panel: false }), { show: false }],
    ['remembered as collapsed', withView({ startCollapsed: true }), { show: true, collapsed: true }],
    ['a phone-width viewport starts as the pill', { ...base, viewportWidth: NARROW - 1 }, { show: true, collapsed: true }],
    ['exactly the phone limit is a desktop', { ...base, viewportWidth: NARROW }, { show: true, collapsed: false }],
    ['the chosen corner and theme', withView({ corner: 'bottom-left', theme: 'dark' }), { show: true, corner: 'bottom-left', theme: 'dark' }],
    ['stale facts are flagged', withView({ stale: true }), { show: true, stale: true }],
  ])('%s', (_name, input, expected) => {
    expect(decide(input)).toMatchObject(expected);
  });

  it('shows the data the background sent', () => {
    const d = decide(base);
    expect(d.show && d.data.name).toBe(getTool('chatgpt')!.name);
  });
});
