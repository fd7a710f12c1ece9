// "What changed since your last visit": the data version, and which visits wake the panel.
import { describe, expect, it } from 'vitest';
import { dataVersion, unseenEntries, watchedChanges } from '@/data/changes';
import { getTool, TOOLS } from '@/data/catalogue';
import type { Tool } from '@/data/schema';
import { attentionFor } from '@/utils/background/attention';

type Log = Tool['changelog'];
const tool = (changelog: Log) => ({ changelog });
const ADDED = { date: '2026-11-01', change: 'Added to the dataset.' };

describe('dataVersion: the newest changelog date and how many entries carry it', () => {
  it.each<[string, Log, string]>([
    ['one entry', [ADDED], '2026-11-01#1'],
    ['two entries on the newest date', [ADDED, { date: '2026-12-01', change: 'a' }, { date: '2026-12-01', change: 'b' }], '2026-12-01#2'],
    ['an older entry listed last', [{ date: '2026-12-01', change: 'a' }, ADDED], '2026-12-01#1'],
  ])('%s → %s', (_name, log, version) => expect(dataVersion(tool(log))).toBe(version));

  it('every tool in the dataset has one, in the stored format', () => {
    for (const t of TOOLS) expect(dataVersion(t)).toMatch(/^\d{4}-\d{2}-\d{2}#[1-9]\d*$/);
  });
});

describe('watchedChanges: the table', () => {
  const log: Log = [
    ADDED,
    { date: '2026-11-20', change: 'Prices re-read.', fields: ['pricing'] },
    { date: '2026-12-01', change: 'Sources re-checked.', fields: ['sources'] },
    { date: '2026-12-01', change: 'Training now on by default.', fields: ['training', 'sources'] },
  ];
  it.each<[string, string | null, string[]]>([
    ['no record: a first visit, nothing listed as a change', null, []],
    ['an unreadable record counts as none', 'yesterday', []],
    ['the same version: quiet', '2026-12-01#2', []],
    ['a newer version than the data (downgrade): quiet', '2027-01-01#1', []],
    ['a newer entry on a watched field: shown', '2026-12-01#1', ['Training now on by default.']],
    [
      'newer entries on watched and unwatched fields: only the watched, newest first',
      '2026-11-01#1',
      ['Training now on by default.', 'Prices re-read.'],
    ],
  ])('%s', (_name, seen, expected) => {
    expect(watchedChanges(tool(log), seen).map((e) => e.change)).toEqual(expected);
  });

  it('a newer entry on an unwatched field only: quiet, though the update log has it as unseen', () => {
    const seen = '2026-11-20#1';
    const onlySources = log.slice(0, 3);
    expect(watchedChanges(tool(onlySources), seen)).toEqual([]);
    expect(unseenEntries(tool(onlySources), seen).map((e) => e.change)).toEqual(['Sources re-checked.']);
  });

  it('a second entry on the same date is new to someone who saw the first', () => {
    expect(unseenEntries(tool(log), '2026-12-01#1').map((e) => e.change)).toEqual(['Training now on by default.']);
  });
});

describe('attentionFor: what the panel is told', () => {
  const chatgpt = getTool('chatgpt')!;
  it('first visit when nothing is recorded; quiet at the current version', () => {
    expect(attentionFor(chatgpt, null)).toEqual({ firstVisit: true, changes: [] });
    expect(attentionFor(chatgpt, dataVersion(chatgpt))).toEqual({ firstVisit: false, changes: [] });
  });

  it('lists watched changes with their dates, fields and the section’s own source', () => {
    const { changes } = attentionFor(chatgpt, '2026-11-28#3');
    expect(changes.length).toBeGreaterThan(0);
    const training = changes.find((c) => c.fields.includes('training'))!;
    expect(training).toMatchObject({ date: '2026-12-01', source: { url: chatgpt.privacy.sources[0]!.url } });
    // Unwatched fields are not named; nothing but watched entries appear.
    for (const c of changes)
      expect(c.fields.every((f) => ['training', 'retention', 'pricing', 'ownership', 'availability'].includes(f))).toBe(true);
  });
});
