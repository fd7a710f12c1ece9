// The content script checks messages with typed guards (no schema library in the page):
// they must accept everything the background really sends and refuse anything else.
import { describe, expect, it } from 'vitest';
import { TOOLS } from '@/data/catalogue';
import { panelReply as answer } from '@/utils/background/answer';

/** As the background sends it: the answer plus the panel's stylesheet (utils/background/visit.ts). */
const panelReply = (...args: Parameters<typeof answer>) => {
  const r = answer(...args);
  return r && { ...r, css: '.cl-root{color:red}' };
};
import { isRequest } from '@/utils/panel/messages';
import { isPanelReply } from '@/utils/panel/panel-data';
import { parsePolicy } from '@/utils/policy/model';
import { parseOrgTools } from '@/utils/policy/org-tools';
import { DEFAULTS } from '@/utils/settings/model';
import { orgTool } from '../policy/org-tool';

const settings = { global: DEFAULTS, sites: { chatgpt: { panel: false } } };
const good = panelReply('chatgpt', settings)!;
const { policy } = parsePolicy(
  {
    orgName: 'Acme',
    notes: { chatgpt: { text: 'Use the Acme workspace', level: 'blocked', url: 'https://acme.example/ai' } },
    lockedTools: ['chatgpt'],
    extraTools: [orgTool()],
  },
  new Set(TOOLS.map((t) => t.id)),
  parseOrgTools,
);
const withOrg = panelReply('chatgpt', settings, undefined, policy)!;

describe('isPanelReply', () => {
  it.each(TOOLS.map((t) => [t.id]))('accepts the reply the background builds for %s', (id) => {
    const reply = panelReply(id, settings);
    expect(reply).not.toBeNull();
    expect(isPanelReply(reply)).toBe(true);
  });

  const mutate = (f: (r: any) => void) => {
    const r = structuredClone(good) as any;
    f(r);
    return r;
  };
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'panel'],
    ['no view', mutate((r) => delete r.view)],
    ['an unknown corner', mutate((r) => (r.view.corner = 'middle'))],
    ['an unknown theme', mutate((r) => (r.view.theme = 'sepia'))],
    ['panel as a string', mutate((r) => (r.view.panel = 'yes'))],
    ['caveats not a list', mutate((r) => (r.data.caveats = {}))],
    ['a caveat with an unknown status', mutate((r) => (r.data.caveats[0].status = 'fine'))],
    ['a caveat without its label', mutate((r) => delete r.data.caveats[0].label)],
    ['a topic that is not text', mutate((r) => (r.data.caveats[0].topic = 1))],
    ['a source without a URL', mutate((r) => delete r.data.caveats[0].source.url)],
    ['a via that is not text', mutate((r) => (r.data.caveats[0].source.via = 1))],
    ['no headline', mutate((r) => delete r.data.headline)],
    ['count words that are a number', mutate((r) => (r.data.countWords = 6))],
    ['no attention', mutate((r) => delete r.attention)],
    ['a change without a date', mutate((r) => (r.attention.changes = [{ text: 'x', fields: [] }]))],
    [
      'a change with a source without a URL',
      mutate((r) => (r.attention.changes = [{ date: '2026-01-01', text: 'x', fields: ['pricing'], source: { title: 't' } }])),
    ],
    ['alwaysExpanded missing', mutate((r) => delete r.view.alwaysExpanded)],
    ['a nudge without its sentence', mutate((r) => delete r.nudge.caveat)],
    ['a nudge without the kinds’ words', mutate((r) => delete r.nudge.kindWords)],
    ['a nudge with a kind’s words missing', mutate((r) => r.nudge.kindWords.pop())],
    ['a kind’s words that are not text', mutate((r) => (r.nudge.kindWords[0] = null))],
    ['an opt-out that is not text', mutate((r) => (r.nudge.optOut = 3))],
    ['a nudge hold without the organisation', mutate((r) => (r.nudge.hold = { allowDismiss: false, allowDisable: true }))],
    ['a nudge hold that is not true/false', mutate((r) => (r.nudge.hold = { by: 'Acme', allowDismiss: 'no', allowDisable: true }))],
    ['an org that is a string', { ...good, data: { ...good.data, org: 'Acme' } }],
    ['an org without a name', { ...withOrg, data: { ...withOrg.data, org: { ...withOrg.data.org, name: undefined } } }],
    ['an org lock that is not true/false', { ...withOrg, data: { ...withOrg.data, org: { ...withOrg.data.org, locked: 'yes' } } }],
    [
      'an org note with an unknown level',
      { ...withOrg, data: { ...withOrg.data, org: { ...withOrg.data.org, note: { text: 'x', level: 'forbidden' } } } },
    ],
    ['an org note without text', { ...withOrg, data: { ...withOrg.data, org: { ...withOrg.data.org, note: { level: 'info' } } } }],
    [
      'an org note link that is not text',
      { ...withOrg, data: { ...withOrg.data, org: { ...withOrg.data.org, note: { text: 'x', level: 'info', url: 1 } } } },
    ],
  ])('refuses %s', (_name, value) => expect(isPanelReply(value)).toBe(false));

  it('accepts the organisation’s note and lock, and a reply for one of its own tools', () => {
    expect(isPanelReply(withOrg)).toBe(true);
    expect(isPanelReply({ ...withOrg, data: { ...withOrg.data, org: { name: 'Acme', locked: true } } })).toBe(true);
    expect(isPanelReply(panelReply('acme-helper', settings, undefined, policy))).toBe(true);
  });
});

describe('isRequest', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'panel', toolId: 'chatgpt' }, true],
    [{ type: 'open-checklist', toolId: 'chatgpt' }, true],
    [{ type: 'update-site', toolId: 'chatgpt', patch: { startCollapsed: true } }, true],
    [{ type: 'update-site', toolId: 'chatgpt', patch: { panel: false } }, true],
    [{ type: 'update-site', toolId: 'chatgpt', patch: {} }, true],
    [{ type: 'update-site', toolId: 'chatgpt', patch: { pasteNudge: false } }, true],
    [{ type: 'update-site', toolId: 'chatgpt', patch: { pasteNudge: 'off' } }, false],
    [{ type: 'seen-changes', toolId: 'chatgpt' }, true],
    [{ type: 'update-site', toolId: 'chatgpt', patch: { theme: 'dark' } }, false],
    [{ type: 'update-site', toolId: 'chatgpt', patch: { panel: 'no' } }, false],
    [{ type: 'update-site', toolId: 'chatgpt' }, false],
    [{ type: 'panel' }, false],
    [{ type: 'panel', toolId: 7 }, false],
    [{ type: 'delete-everything', toolId: 'chatgpt' }, false],
    [null, false],
    ['panel', false],
  ])('%o → %s', (value, ok) => expect(isRequest(value)).toBe(ok));
});

describe('panelReply', () => {
  it('resolves the user’s settings for the tool, and says nothing for an unknown id', () => {
    expect(good.view.panel).toBe(false);
    expect(panelReply('claude', settings)!.view.panel).toBe(true);
    expect(panelReply('no-such-tool', settings)).toBeNull();
  });

  it('sends a nudge only where a sensitive paste matters, and only while the switch is on', () => {
    expect(good.nudge).toMatchObject({ risks: ['training', 'retention', 'review'], optOut: expect.stringMatching(/Data Controls/) });
    expect(good.nudge!.caveat).toBe(
      'ChatGPT uses what you send to train its models unless you opt out. ChatGPT may keep what you send for a long time. People at OpenAI may read conversations.',
    );
    expect(panelReply('kagi-assistant', settings)!.nudge).toBeUndefined(); // no training, short retention, no review stated
    expect(panelReply('chatgpt', { global: { ...DEFAULTS, pasteNudge: false }, sites: {} })!.nudge).toBeUndefined();
    expect(panelReply('chatgpt', { global: DEFAULTS, sites: { chatgpt: { pasteNudge: false } } })!.nudge).toBeUndefined();
  });

  it('says whether this is a first visit, from the recorded version', () => {
    expect(good.attention).toEqual({ firstVisit: true, changes: [] });
    expect(panelReply('chatgpt', settings, undefined, undefined, '2026-12-01#2')!.attention.firstVisit).toBe(false);
  });

  it('flags stale facts against the user’s threshold', () => {
    const reply = panelReply('chatgpt', { global: { ...DEFAULTS, staleDays: 30 }, sites: {} }, '2099-01-01')!;
    expect(reply.view.stale).toBe(true);
    expect(panelReply('chatgpt', { global: DEFAULTS, sites: {} }, reply.data.lastChecked)!.view.stale).toBe(false);
  });
});

describe('panelReply under an organisation’s policy', () => {
  it('carries the note and the lock; a locked panel shows though the user turned the site off', () => {
    expect(good.data.org).toBeUndefined();
    expect(withOrg.data.org).toEqual({
      name: 'Acme',
      locked: true,
      note: { text: 'Use the Acme workspace', level: 'blocked', url: 'https://acme.example/ai' },
    });
    expect(good.view.panel).toBe(false);
    expect(withOrg.view.panel).toBe(true);
    expect(withOrg.data.caveats).toEqual(good.data.caveats);
  });

  it('answers for the organisation’s own tools', () => {
    const reply = panelReply('acme-helper', settings, undefined, policy)!;
    expect(reply.data).toMatchObject({ id: 'acme-helper', name: 'Acme Helper', vendor: 'Acme IT' });
    expect(panelReply('acme-helper', settings)).toBeNull();
  });

  it('the paste notice carries what the organisation forbids, and nothing when it forbids nothing', () => {
    const held = (pasteNudge: unknown) => parsePolicy({ orgName: 'Acme', pasteNudge }, new Set(TOOLS.map((t) => t.id))).policy;
    const open = { global: DEFAULTS, sites: {} };
    expect(panelReply('chatgpt', open, undefined, held({ allowDismiss: true }))!.nudge!.hold).toBeUndefined();
    const noDismiss = panelReply('chatgpt', open, undefined, held({ allowDismiss: false }))!;
    expect(noDismiss.nudge!.hold).toEqual({ by: 'Acme', allowDismiss: false, allowDisable: true });
    expect(isPanelReply(noDismiss)).toBe(true);
    expect(panelReply('chatgpt', open, undefined, held({ allowDisable: false }))!.nudge!.hold).toEqual({
      by: 'Acme',
      allowDismiss: true,
      allowDisable: false,
    });
    // No nudge for a tool where a paste does not matter, hold or not.
    expect(panelReply('kagi-assistant', open, undefined, held({ allowDismiss: false }))!.nudge).toBeUndefined();
  });
});

it('an organisation with no name is "your organisation" in the user’s language', async () => {
  const { createI18n } = await import('@/utils/i18n/i18n');
  const unnamed = parsePolicy({ lockedTools: ['chatgpt'] }, new Set(TOOLS.map((t) => t.id)), parseOrgTools).policy;
  const reply = answer('chatgpt', settings, undefined, unnamed, null, createI18n('es'))!;
  expect(reply.data.org?.name).toBe('tu organización');
});
