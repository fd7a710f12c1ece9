// The organisation's policy over a table of policies: what is kept, what is ignored and said so.
import { describe, expect, it } from 'vitest';
import { TOOLS } from '@/data/catalogue';
import {
  heldSettings,
  LIMITS,
  managedSettings,
  managedSettingsOf,
  NO_POLICY,
  nudgeHoldFor,
  orgFor,
  parsePolicy,
  type Policy,
} from '@/utils/policy/model';
import { parseOrgTools } from '@/utils/policy/org-tools';
import { DEFAULTS } from '@/utils/settings/model';
import { orgTool } from './org-tool';

const IDS = new Set(TOOLS.map((t) => t.id));
const parse = (raw: unknown) => parsePolicy(raw, IDS, parseOrgTools);

describe('parsePolicy', () => {
  it.each([undefined, null, {}])('no policy (%o) changes nothing and says nothing', (raw) => {
    expect(parse(raw)).toEqual({ policy: NO_POLICY, problems: [] });
  });

  it('a full, valid policy is read as written', () => {
    const { policy, problems } = parse({
      orgName: 'Acme Corp',
      notes: {
        chatgpt: {
          text: 'Use the Acme Enterprise workspace, not the consumer app.',
          level: 'warning',
          url: 'https://intranet.acme.example/ai',
        },
        claude: { text: 'Approved for public data only', level: 'info' },
        'acme-helper': { text: 'Approved for internal data.', level: 'info' },
      },
      lockedTools: ['chatgpt', 'acme-helper'],
      pasteNudge: { allowDismiss: false, allowDisable: false },
      defaults: { corner: 'bottom-left', staleDays: 90 },
      lockedSettings: ['staleDays'],
      extraTools: [orgTool()],
    });
    expect(problems).toEqual([]);
    expect(policy).toMatchObject({
      present: true,
      orgName: 'Acme Corp',
      notes: {
        chatgpt: {
          text: 'Use the Acme Enterprise workspace, not the consumer app.',
          level: 'warning',
          url: 'https://intranet.acme.example/ai',
        },
        claude: { text: 'Approved for public data only', level: 'info' },
      },
      lockedTools: ['chatgpt', 'acme-helper'],
      pasteNudge: { allowDismiss: false, allowDisable: false },
      defaults: { corner: 'bottom-left', staleDays: 90 },
      lockedSettings: ['staleDays'],
    });
    expect(policy.tools.map((t) => t.name)).toEqual(['Acme Helper']);
  });

  it('a partial policy: only what it sets; the paste nudge stays the user’s', () => {
    const { policy, problems } = parse({ notes: { gemini: { text: 'Not approved — use Acme Helper', level: 'blocked' } } });
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      ...NO_POLICY,
      present: true,
      notes: { gemini: { text: 'Not approved — use Acme Helper', level: 'blocked' } },
    });
    expect(parse({ pasteNudge: { allowDisable: false } }).policy.pasteNudge).toEqual({ allowDismiss: true, allowDisable: false });
  });

  // [name, policy, what is kept, problems (each a substring)]
  it.each<[string, Record<string, unknown>, Partial<Policy>, string[]]>([
    ['orgName not text', { orgName: 42, notes: {} }, { notes: {} }, ['orgName: expected text']],
    ['notes not an object', { notes: ['chatgpt'] }, { notes: {} }, ['notes: expected an object']],
    [
      'one bad note among good ones',
      { notes: { chatgpt: { text: 'ok', level: 'info' }, claude: { text: 'x', level: 'forbidden' }, gemini: { text: 7, level: 'info' } } },
      { notes: { chatgpt: { text: 'ok', level: 'info' } } },
      ['notes.claude: invalid level', 'notes.gemini: invalid text'],
    ],
    [
      'a note for an unknown tool',
      { notes: { 'not-a-tool': { text: 'x', level: 'info' } } },
      { notes: {} },
      ['notes.not-a-tool: no tool “not-a-tool”'],
    ],
    [
      'a note key that is not an id',
      { notes: { 'Chat GPT!': { text: 'x', level: 'info' } } },
      { notes: {} },
      ['notes.Chat GPT!: not a tool id'],
    ],
    ['an empty note', { notes: { chatgpt: { text: '   ', level: 'info' } } }, { notes: {} }, ['notes.chatgpt.text: empty text']],
    [
      'a link that is not https',
      { notes: { chatgpt: { text: 'x', level: 'info', url: 'javascript:alert(1)' } } },
      { notes: {} },
      ['notes.chatgpt: invalid url'],
    ],
    ['lockedTools not a list', { lockedTools: 'chatgpt' }, { lockedTools: [] }, ['lockedTools: expected a list']],
    [
      'lockedTools with unknown and bad ids',
      { lockedTools: ['chatgpt', 'nope', 3, 'chatgpt'] },
      { lockedTools: ['chatgpt'] },
      ['lockedTools[1]: no tool “nope”', 'lockedTools[2]: not a tool id'],
    ],
    [
      'pasteNudge with a string',
      { pasteNudge: { allowDismiss: 'no', allowDisable: false } },
      { pasteNudge: { allowDismiss: true, allowDisable: false } },
      ['pasteNudge.allowDismiss: expected true or false'],
    ],
    [
      'pasteNudge not an object',
      { pasteNudge: false },
      { pasteNudge: { allowDismiss: true, allowDisable: true } },
      ['pasteNudge: expected'],
    ],
    [
      'defaults with bad and unknown fields',
      { defaults: { corner: 'middle', staleDays: 0, theme: 'dark', colour: 'red' } },
      { defaults: { theme: 'dark' } },
      [
        'defaults.colour: not a Caveat Lens setting',
        'defaults.corner: invalid value; ignored',
        'defaults.staleDays: invalid value; ignored',
      ],
    ],
    [
      'lockedSettings with unknown names',
      { lockedSettings: ['theme', 'everything'] },
      { lockedSettings: ['theme'] },
      ['lockedSettings[1]: not one of panel, startCollapsed, alwaysExpanded, pasteNudge, corner, staleDays, theme'],
    ],
    ['an unknown top-level key', { orgName: 'Acme', blockAll: true }, { orgName: 'Acme' }, ['blockAll: not a Caveat Lens policy setting']],
  ])('%s: the rest is kept and the entry reported', (_name, raw, kept, problems) => {
    const r = parse(raw);
    expect(r.policy).toMatchObject({ ...kept, present: true });
    for (const [k, v] of Object.entries(kept)) expect(r.policy[k as keyof Policy]).toEqual(v);
    expect(r.problems).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(r.problems[i]).toContain(p));
  });

  it('a policy that is not an object is ignored whole', () => {
    expect(parse('Acme')).toEqual({ policy: NO_POLICY, problems: ['the policy is not an object; ignored'] });
    expect(parse([1, 2])).toEqual({ policy: NO_POLICY, problems: ['the policy is not an object; ignored'] });
  });

  describe('huge strings', () => {
    it('a long organisation name and note are shortened, with a warning', () => {
      const r = parse({ orgName: 'A'.repeat(5000), notes: { chatgpt: { text: 'word '.repeat(10_000), level: 'info' } } });
      expect(r.policy.orgName).toHaveLength(LIMITS.orgName);
      expect(r.policy.orgName!.endsWith('…')).toBe(true);
      expect(r.policy.notes.chatgpt!.text.length).toBeLessThanOrEqual(LIMITS.noteText);
      expect(r.problems).toEqual([
        `orgName: longer than ${LIMITS.orgName} characters; shortened`,
        `notes.chatgpt.text: longer than ${LIMITS.noteText} characters; shortened`,
      ]);
    });

    it('a huge link or tool id is refused; a huge key is shown short in the warning', () => {
      const key = 'x'.repeat(100_000);
      const r = parse({
        notes: {
          chatgpt: { text: 'x', level: 'info', url: `https://a.example/${'p'.repeat(10_000)}` },
          [key]: { text: 'x', level: 'info' },
        },
      });
      expect(r.policy.notes).toEqual({});
      expect(r.problems[0]).toContain('notes.chatgpt: invalid url');
      expect(r.problems[1]!.length).toBeLessThan(200);
    });

    it('too many notes: the first ones are kept', () => {
      const many = Object.fromEntries(Array.from({ length: LIMITS.entries + 5 }, (_, i) => [`t${i}`, { text: 'x', level: 'info' }]));
      const r = parse({ notes: { chatgpt: { text: 'kept', level: 'info' }, ...many } });
      expect(r.policy.notes.chatgpt?.text).toBe('kept');
      expect(r.problems[0]).toBe(`notes: more than ${LIMITS.entries} entries; the rest are ignored`);
    });
  });

  describe('extraTools', () => {
    it('a valid tool is added; notes and locks may name it', () => {
      const r = parse({
        extraTools: [orgTool()],
        notes: { 'acme-helper': { text: 'Approved', level: 'info' } },
        lockedTools: ['acme-helper'],
      });
      expect(r.problems).toEqual([]);
      expect(r.policy.tools[0]).toMatchObject({ id: 'acme-helper', name: 'Acme Helper', alternatives: ['claude'] });
      expect(r.policy.lockedTools).toEqual(['acme-helper']);
    });

    it('prices and ages written as text (Chrome’s schema has no number-or-word type) are read as numbers', () => {
      const tool = orgTool() as any;
      tool.pricing.plans = [
        { name: 'Team', price: '25', currency: 'USD', period: 'month' },
        { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'year' },
      ];
      tool.availability.minAge = '18';
      const r = parse({ extraTools: [tool] });
      expect(r.problems).toEqual([]);
      expect(r.policy.tools[0]!.pricing.plans.map((p) => p.price)).toEqual([25, 'custom']);
      expect(r.policy.tools[0]!.availability.minAge).toBe(18);
    });

    it.each<[string, unknown, string]>([
      ['not a list', { id: 'x' }, 'extraTools: expected a list of tools; ignored'],
      ['an entry that is not an object', ['acme'], 'extraTools[0]: expected a tool object; ignored'],
      ['a tool missing its checklist', [orgTool({ checklist: undefined })], 'extraTools[0] (“acme-helper”): checklist:'],
      ['a tool with a bad URL', [orgTool({ homepage: 'http://acme.example' })], 'homepage: expected an https:// URL'],
      ['a tool with an unknown field', [orgTool({ secret: 1 })], 'extraTools[0] (“acme-helper”): tool: '],
      ['a tool with an id of the dataset', [orgTool({ id: 'chatgpt' })], 'extraTools[0] (“chatgpt”): already a tool in Caveat Lens'],
      [
        'a tool with a huge text',
        [orgTool({ summary: 'x'.repeat(LIMITS.toolText + 1) })],
        `summary is longer than ${LIMITS.toolText} characters; tool ignored`,
      ],
    ])('%s is refused with a warning', (_name, extraTools, problem) => {
      const r = parse({ orgName: 'Acme', extraTools });
      expect(r.policy.tools).toEqual([]);
      expect(r.policy.orgName).toBe('Acme');
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toContain(problem);
    });

    it('one bad tool does not cost the good ones; a second tool with the same id is refused', () => {
      const r = parse({
        extraTools: [orgTool({ name: '' }), orgTool(), orgTool({ name: 'Twin' }), orgTool({ id: 'acme-search', name: 'Acme Search' })],
      });
      expect(r.policy.tools.map((t) => t.name)).toEqual(['Acme Helper', 'Acme Search']);
      expect(r.problems).toHaveLength(2);
      expect(r.problems[0]).toContain('extraTools[0] (“acme-helper”): name: must not be empty');
      expect(r.problems[1]).toBe('extraTools[2] (“acme-helper”): a second tool with this id; ignored');
    });

    it('alternatives that lead nowhere are left out, and said so', () => {
      const r = parse({ extraTools: [orgTool({ alternatives: ['claude', 'ghost'] })] });
      expect(r.policy.tools[0]!.alternatives).toEqual(['claude']);
      expect(r.problems).toEqual(['extraTools (“acme-helper”).alternatives: no tool “ghost”; left out']);
    });

    it('without the tools parser (a page before it loads it), extra tools are simply absent', () => {
      expect(parsePolicy({ extraTools: [orgTool()] }, IDS).policy.tools).toEqual([]);
    });
  });
});

describe('what the policy does to settings', () => {
  it('defaults go under the user’s values; locked fields are held at the organisation’s value or the built-in one', () => {
    const m = managedSettings({ defaults: { corner: 'bottom-left', staleDays: 30 }, lockedSettings: ['staleDays', 'theme'] });
    expect(m.defaults).toEqual({ ...DEFAULTS, corner: 'bottom-left', staleDays: 30 });
    expect(m.locked).toEqual({ staleDays: 30, theme: DEFAULTS.theme });
    expect(managedSettingsOf({ defaults: { corner: 'nowhere' }, lockedSettings: 'all' })).toEqual({ defaults: DEFAULTS, locked: {} });
    expect(managedSettingsOf(undefined)).toEqual({ defaults: DEFAULTS, locked: {} });
  });

  it('a paste check the user may not turn off is held on; one they may not dismiss holds no setting', () => {
    const off = { ...NO_POLICY.pasteNudge, allowDisable: false };
    expect(heldSettings({ lockedSettings: ['theme'], pasteNudge: off })).toEqual(['theme', 'pasteNudge']);
    expect(managedSettings({ defaults: { pasteNudge: false }, lockedSettings: [], pasteNudge: off }).locked).toEqual({ pasteNudge: true });
    expect(managedSettingsOf({ pasteNudge: { allowDisable: false } }).locked).toEqual({ pasteNudge: true });
    expect(managedSettingsOf({ pasteNudge: { allowDismiss: false } }).locked).toEqual({});
    expect(heldSettings(NO_POLICY)).toEqual([]);
  });

  it('the panel reply’s hold: only what the organisation forbids, and who', () => {
    expect(nudgeHoldFor(NO_POLICY, 'your organisation')).toBeUndefined();
    expect(nudgeHoldFor({ orgName: 'Acme', pasteNudge: { allowDismiss: false, allowDisable: true } }, 'your organisation')).toEqual({
      by: 'Acme',
      allowDismiss: false,
      allowDisable: true,
    });
    expect(nudgeHoldFor({ pasteNudge: { allowDismiss: true, allowDisable: false } }, 'your organisation')).toEqual({
      by: 'your organisation',
      allowDismiss: true,
      allowDisable: false,
    });
  });
});

describe('orgFor (what the panel carries)', () => {
  const { policy } = parse({
    orgName: 'Acme',
    notes: { chatgpt: { text: 'Enterprise workspace only', level: 'warning' } },
    lockedTools: ['claude'],
  });
  it.each<[string, unknown]>([
    ['chatgpt', { name: 'Acme', locked: false, note: { text: 'Enterprise workspace only', level: 'warning' } }],
    ['claude', { name: 'Acme', locked: true }],
    ['gemini', undefined],
  ])('%s', (id, expected) => expect(orgFor(policy, id, 'your organisation')).toEqual(expected));

  it('without a name the organisation is “your organisation”; a held panel setting locks every tool', () => {
    const p = parse({ defaults: { panel: true }, lockedSettings: ['panel'] }).policy;
    expect(orgFor(p, 'gemini', 'your organisation')).toEqual({ name: 'your organisation', locked: true });
    expect(orgFor(p, 'gemini', 'tu organización')).toEqual({ name: 'tu organización', locked: true }); // in the user's language
  });
});
