import { describe, expect, it } from 'vitest';
import { shortcutRows } from '@/utils/commands/shortcuts';

describe('shortcutRows (browser.commands.getAll → the options page’s list)', () => {
  it('ours in the manifest’s order, with the browser’s key (the page words them in the user’s language)', () => {
    expect(
      shortcutRows([
        { name: 'open-checklist', description: 'Checklist (localized)', shortcut: 'Ctrl+Shift+K' },
        { name: 'toggle-panel', description: 'Panel (localized)', shortcut: 'Alt+Shift+L' },
      ]),
    ).toEqual([
      { name: 'toggle-panel', shortcut: 'Alt+Shift+L' },
      { name: 'open-checklist', shortcut: 'Ctrl+Shift+K' },
    ]);
  });

  it('an empty or missing key is "not set" (null)', () => {
    const rows = shortcutRows([{ name: 'toggle-panel', shortcut: '' }]);
    expect(rows.map((r) => r.shortcut)).toEqual([null, null]);
  });

  it('the toolbar button’s command only once it has a key; unknown commands never', () => {
    expect(
      shortcutRows([
        { name: '_execute_action', shortcut: '' },
        { name: 'other', shortcut: 'F2' },
      ]),
    ).toHaveLength(2);
    expect(shortcutRows([{ name: '_execute_action', shortcut: 'Alt+P' }]).at(-1)).toEqual({
      name: '_execute_action',
      shortcut: 'Alt+P',
    });
  });

  it('a malformed answer lists ours as not set rather than failing', () => {
    expect(shortcutRows('nope').map((r) => r.shortcut)).toEqual([null, null]);
    expect(shortcutRows([{ name: 7 }]).map((r) => r.shortcut)).toEqual([null, null]);
  });
});
