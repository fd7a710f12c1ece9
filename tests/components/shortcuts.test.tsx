import { fireEvent, render, screen, waitFor, within } from './render';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { App } from '@/entrypoints/options/App';
import { openShortcutSettings } from '@/utils/commands/open-shortcuts';

/** What Chromium on Linux answers with the suggested keys accepted (and the toolbar button's command unset). */
const CHROME_COMMANDS = [
  { name: '_execute_action', description: '', shortcut: '' },
  { name: 'open-checklist', description: 'Open the full checklist for this page’s tool', shortcut: '' },
  { name: 'toggle-panel', description: 'Show or hide the panel on this page', shortcut: 'Alt+Shift+L' },
];

function mockCommands(list: unknown) {
  return vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((() => Promise.resolve(list)) as never);
}
const rowsOf = (section: HTMLElement) =>
  within(section)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

describe('options: keyboard shortcuts', () => {
  it('lists each command with the browser’s key, "Not set" where there is none', async () => {
    mockCommands(CHROME_COMMANDS);
    render(<App />);
    const section = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    await waitFor(() => expect(within(section).queryByRole('table')).toBeInTheDocument());
    expect(rowsOf(section)).toEqual([
      ['Show or hide the panel on this page', 'Alt+Shift+L'],
      ['Open the full checklist for this page’s tool', 'Not set'],
    ]);
    expect(section).toHaveTextContent('chrome://extensions/shortcuts');
  });

  it('shows a key the user set since, when the page comes back into focus', async () => {
    mockCommands(CHROME_COMMANDS);
    render(<App />);
    const section = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    await waitFor(() => expect(rowsOf(section)[1]).toEqual(['Open the full checklist for this page’s tool', 'Not set']));
    // Changed on the browser's shortcuts page in another tab; the toolbar button's command given a key too.
    mockCommands([
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+P' },
      { name: 'open-checklist', description: 'Open the full checklist for this page’s tool', shortcut: 'Ctrl+Shift+9' },
      { name: 'toggle-panel', description: 'Show or hide the panel on this page', shortcut: '' },
    ]);
    fireEvent.focus(window);
    await waitFor(() =>
      expect(rowsOf(section)).toEqual([
        ['Show or hide the panel on this page', 'Not set'],
        ['Open the full checklist for this page’s tool', 'Ctrl+Shift+9'],
        ['Open the Caveat Lens toolbar popup', 'Alt+Shift+P'],
      ]),
    );
  });

  it('Chrome: the button opens chrome://extensions/shortcuts in a tab; a refusal says where to go', async () => {
    mockCommands(CHROME_COMMANDS);
    const create = vi
      .spyOn(fakeBrowser.tabs, 'create')
      .mockResolvedValueOnce({} as never)
      .mockRejectedValueOnce(new Error('Cannot open'));
    render(<App />);
    const open = await screen.findByRole('button', { name: 'Open the shortcuts page' });
    await userEvent.click(open);
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement(); // opened: nothing to say
    await userEvent.click(open);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('The browser did not open it: go to chrome://extensions/shortcuts.'),
    );
  });

  it('Chrome: "Copy the address" puts it on the clipboard, and says so', async () => {
    mockCommands(CHROME_COMMANDS);
    const user = userEvent.setup(); // installs a clipboard stub
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Copy the address' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied chrome://extensions/shortcuts'));
    expect(await navigator.clipboard.readText()).toBe('chrome://extensions/shortcuts');
  });

  it('a browser that will not list its commands: said plainly, the way to its page still shown', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('no'));
    render(<App />);
    const section = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    await waitFor(() => expect(section).toHaveTextContent('The browser did not say which keys are set'));
    expect(within(section).getByRole('button', { name: 'Open the shortcuts page' })).toBeInTheDocument();
  });

  it('Firefox: the path through about:addons, and a button for Manage Extension Shortcuts', async () => {
    const onOpen = vi.fn();
    render(<ShortcutsSection rows={[]} browser="firefox" onOpenSettings={onOpen} onCopyAddress={() => {}} />);
    const section = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(section).toHaveTextContent('about:addons → the gear button (⚙) → Manage Extension Shortcuts');
    expect(section).not.toHaveTextContent('chrome://');
    await userEvent.click(screen.getByRole('button', { name: 'Open Manage Extension Shortcuts' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('a browser with no extension shortcuts at all (Firefox for Android): said so, no instructions that cannot work', () => {
    render(<ShortcutsSection rows="unsupported" browser="firefox" onOpenSettings={() => {}} onCopyAddress={() => {}} />);
    const section = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(section).toHaveTextContent('This browser has no keyboard shortcuts for extensions.');
    expect(within(section).queryByRole('button')).toBeNull();
  });
});

describe('openShortcutSettings', () => {
  it('Firefox: commands.openShortcutSettings; false where the browser has none or refuses', async () => {
    const openSettings = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('no'));
    const ff = { ...fakeBrowser, commands: { ...fakeBrowser.commands, openShortcutSettings: openSettings } };
    expect(await openShortcutSettings(ff as never, 'firefox')).toBe(true);
    expect(await openShortcutSettings(ff as never, 'firefox')).toBe(false);
    expect(await openShortcutSettings(fakeBrowser, 'firefox')).toBe(false);
  });
});
