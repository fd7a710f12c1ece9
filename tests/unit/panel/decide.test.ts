import { describe, expect, it } from 'vitest';
import { getTool } from '@/data/catalogue';
import { panelReply } from '@/utils/background/answer';
import { decide, NARROW, type DecideInput } from '@/utils/panel/decide';
import { DEFAULTS } from '@/utils/settings/model';

// No version recorded: the first visit.
const reply = panelReply('chatgpt', { global: DEFAULTS, sites: {} })!;
const base: DecideInput = { toolId: 'chatgpt', hiddenForVisit: false, reply, viewportWidth: 1280 };
const withView = (view: Partial<typeof reply.view>, attention = reply.attention): DecideInput => ({
  ...base,
  reply: { ...reply, view: { ...reply.view, ...view }, attention },
});
const CHANGE = { date: '2026-12-01', text: 'Training now on by default.', fields: ['training'] };
const later = { firstVisit: false, changes: [] };
const changed = { firstVisit: false, changes: [CHANGE] };

describe('decide: URL + settings + dataset answer → what the page shows', () => {
  it.each<[string, DecideInput, Record<string, unknown>]>([
    [
      'a first visit with default settings: expanded, top-right',
      base,
      { show: true, collapsed: false, corner: 'top-right', theme: 'auto' },
    ],
    ['no tool on this URL', { ...base, toolId: null, reply: null }, { show: false }],
    ['hidden for this visit', { ...base, hiddenForVisit: true }, { show: false }],
    ['no answer from the background (reloaded, unknown id)', { ...base, reply: null }, { show: false }],
    ['an answer for another tool (a late reply after navigation)', { ...base, toolId: 'claude' }, { show: false }],
    ['panel switched off for the site', withView({ panel: false }), { show: false }],
    ['a later visit: quiet, the pill', withView({}, later), { show: true, collapsed: true, changes: [] }],
    [
      'a later visit with a watched change: expanded, the change listed',
      withView({}, changed),
      { show: true, collapsed: false, changes: [CHANGE] },
    ],
    [
      '"always expanded": a later visit opens in full',
      withView({ alwaysExpanded: true }, later),
      { show: true, collapsed: false, rememberCollapsed: true },
    ],
    ['quiet mode does not remember collapsing', withView({}, later), { rememberCollapsed: false }],
    [
      'remembered as collapsed ("always expanded" and collapsed on this site)',
      withView({ alwaysExpanded: true, startCollapsed: true }, later),
      { show: true, collapsed: true },
    ],
    ['start collapsed: the pill even on a first visit', withView({ startCollapsed: true }), { show: true, collapsed: true }],
    ['start collapsed still opens for a change', withView({ startCollapsed: true }, changed), { show: true, collapsed: false }],
    [
      '"Got it" on this page: the changes leave, the card stays as the visit opened it',
      { ...withView({}, changed), changesSeen: true },
      { show: true, collapsed: false, changes: [] },
    ],
    [
      'a later reply in the same visit keeps the visit’s first reasons (no folding mid-read)',
      { ...withView({}, later), visitAttention: { firstVisit: true, changes: [] } },
      { show: true, collapsed: false },
    ],
    [
      'a phone-width viewport keeps the pill even for a change (marked on the pill)',
      { ...withView({}, changed), viewportWidth: NARROW - 1 },
      { show: true, collapsed: true, changes: [CHANGE] },
    ],
    ['the nudge travels with the decision', base, { show: true, nudge: reply.nudge }],
    ['a phone-width viewport starts as the pill', { ...base, viewportWidth: NARROW - 1 }, { show: true, collapsed: true }],
    ['exactly the phone limit is a desktop', { ...base, viewportWidth: NARROW }, { show: true, collapsed: false }],
    [
      'the chosen corner and theme',
      withView({ corner: 'bottom-left', theme: 'dark' }),
      { show: true, corner: 'bottom-left', theme: 'dark' },
    ],
    ['stale facts are flagged', withView({ stale: true }), { show: true, stale: true }],
    // The keyboard shortcut: the user asked for the panel on this page.
    ['asked for on a quiet later visit: in full, not the pill', { ...withView({}, later), asked: true }, { show: true, collapsed: false }],
    [
      'asked for where "start collapsed" is set: in full',
      { ...withView({ startCollapsed: true }, later), asked: true },
      { show: true, collapsed: false },
    ],
    [
      'asked for where the site’s panel is off: shown for this visit',
      { ...withView({ panel: false }), asked: true },
      { show: true, collapsed: false },
    ],
    [
      'asked for on a phone-width viewport: in full (the user asked)',
      { ...base, viewportWidth: NARROW - 1, asked: true },
      { show: true, collapsed: false },
    ],
    ['asked for, but hidden for this visit since: stays hidden', { ...base, hiddenForVisit: true, asked: true }, { show: false }],
    ['asked for on a URL with no tool: nothing', { ...base, toolId: null, reply: null, asked: true }, { show: false }],
  ])('%s', (_name, input, expected) => {
    expect(decide(input)).toMatchObject(expected);
  });

  it('shows the data the background sent', () => {
    const d = decide(base);
    expect(d.show && d.data.name).toBe(getTool('chatgpt')!.name);
  });
});
