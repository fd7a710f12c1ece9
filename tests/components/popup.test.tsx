import { activeTab } from './active-tab';
import { render, screen, waitFor, within } from './render';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { loadSettings } from '@/utils/settings/storage';
import { orgTool } from '../unit/policy/org-tool';

function at(search: string) {
  window.history.replaceState(null, '', `/popup.html${search}`);
}
afterEach(() => vi.restoreAllMocks());

describe('popup', () => {
  it('?tool=<id> shows that tool’s twelve rows, whatever the tab', async () => {
    at('?tool=claude');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Claude' })).toBeInTheDocument();
    const rows = within(screen.getByRole('list', { name: 'Claude checklist' })).getAllByRole('listitem');
    expect(rows.filter((r) => r.classList.contains('checklist-row'))).toHaveLength(12);
    // One line per row: name and status; the row opens to its full note and sources.
    const row = screen.getByRole('button', { name: 'Content type Good' });
    expect(screen.getByRole('heading', { name: 'Security vulnerabilities Caution' })).toBeInTheDocument();
    expect(row).toHaveAttribute('aria-expanded', 'false');
    const details = document.getElementById(row.getAttribute('aria-controls')!)!;
    expect(details).not.toBeVisible();
    await userEvent.click(row);
    expect(row).toHaveAttribute('aria-expanded', 'true');
    expect(details).toBeVisible();
    expect(within(details).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('the update log marks what is new since the last visit, and "Mark as seen" clears it', async () => {
    at('?tool=chatgpt');
    await fakeBrowser.storage.local.set({ 'seen:chatgpt': '2026-11-28#3' });
    render(<App />);
    const log = await screen.findByRole('region', { name: 'Update log' });
    expect(await within(log).findByText('2 entries are new since your last visit to ChatGPT.')).toBeInTheDocument();
    expect(within(log).getAllByText('New')).toHaveLength(2);
    await userEvent.click(within(log).getByRole('button', { name: 'Mark as seen' }));
    await waitFor(() => expect(within(log).queryByText('New')).toBeNull());
    expect(await fakeBrowser.storage.local.get('seen:chatgpt')).toEqual({ 'seen:chatgpt': '2026-12-01#2' });
  });

  it('never visited: nothing is marked new', async () => {
    at('?tool=chatgpt');
    render(<App />);
    const log = await screen.findByRole('region', { name: 'Update log' });
    expect(within(log).queryByText('New')).toBeNull();
  });

  it('an unknown id says so and offers the list', async () => {
    at('?tool=nope');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Unknown tool' })).toBeInTheDocument();
    // The catalogue for search arrives after the first view is up.
    expect(await screen.findByRole('searchbox')).toBeInTheDocument();
  });

  it('on a tool’s tab: its checklist plus per-site switches that save', async () => {
    at('');
    await activeTab('https://chatgpt.com/c/1');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'ChatGPT' })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'On this site (ChatGPT)' })).toBeInTheDocument();
    const show = screen.getByRole('checkbox', { name: 'Show the panel' });
    expect(show).toBeChecked();
    await userEvent.click(show);
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({ chatgpt: { panel: false } }));
    await waitFor(() => expect(show).not.toBeChecked());
    await userEvent.click(show);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /The panel opens/ }), 'Always in full');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Warn when a paste looks sensitive' }));
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({ chatgpt: { alwaysExpanded: true, pasteNudge: false } }));
  });

  it('anywhere else: no tool detected, then search and pick', async () => {
    at('');
    await activeTab('https://example.org/');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No AI tool detected on this page' })).toBeInTheDocument();
    await userEvent.type(await screen.findByRole('searchbox'), 'mistral');
    expect(screen.getByRole('status')).toHaveTextContent(/2 tools found/);
    await userEvent.click(screen.getByRole('button', { name: /^Vibe/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Vibe' })).toBeInTheDocument();
    // Settings for a tool looked up from elsewhere name its site, not "this site".
    expect(await screen.findByRole('group', { name: 'On Vibe’s site' })).toBeInTheDocument();
  });

  it('copies the checklist as Markdown', async () => {
    at('?tool=chatgpt');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    expect(writeText.mock.calls[0]?.[0]).toContain('| Feature/Consideration | Status | Notes |');
    expect(await screen.findByText('Checklist copied as Markdown.')).toBeInTheDocument();
  });

  describe('under an organisation’s policy', () => {
    const policy = {
      orgName: 'Acme Corp',
      notes: { chatgpt: { text: 'Use the Acme Enterprise workspace, not the consumer app.', level: 'warning' } },
      lockedTools: ['chatgpt'],
      extraTools: [orgTool()],
    };

    it('the note comes first, set apart and named; the site switch is held, with the reason', async () => {
      await fakeBrowser.storage.managed.set(policy);
      at('');
      await activeTab('https://chatgpt.com/c/1');
      render(<App />);
      const note = await screen.findByRole('region', { name: 'From Acme Corp' });
      expect(note).toHaveTextContent('From Acme Corp · WarningUse the Acme Enterprise workspace, not the consumer app.');
      expect(
        note.compareDocumentPosition(screen.getByRole('heading', { name: 'Checklist' })) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      const show = await screen.findByRole('checkbox', { name: 'Show the panel' });
      expect(show).toBeDisabled();
      expect(show).toBeChecked();
      expect(show).toHaveAccessibleDescription('Acme Corp keeps the panel on for ChatGPT.');
    });

    it('the paste switch held on by the organisation (pasteNudge.allowDisable false), with the reason', async () => {
      await fakeBrowser.storage.managed.set({
        orgName: 'Acme Corp',
        pasteNudge: { allowDisable: false },
        lockedSettings: ['startCollapsed'],
      });
      at('');
      await activeTab('https://chatgpt.com/c/1');
      render(<App />);
      const paste = await screen.findByRole('checkbox', { name: 'Warn when a paste looks sensitive' });
      await waitFor(() => expect(paste).toBeDisabled());
      expect(paste).toBeChecked();
      expect(paste).toHaveAccessibleDescription('Acme Corp keeps the paste check on.');
      const opens = screen.getByRole('combobox', { name: /The panel opens/ });
      expect(opens).toBeDisabled();
      expect(opens).toHaveAccessibleDescription('Set by Acme Corp for every site.');
      expect(screen.getByRole('checkbox', { name: 'Show the panel' })).toBeEnabled();
    });

    it('without a policy: no note, the switch is the user’s', async () => {
      at('');
      await activeTab('https://chatgpt.com/c/1');
      render(<App />);
      expect(await screen.findByRole('checkbox', { name: 'Show the panel' })).toBeEnabled();
      expect(screen.queryByRole('region', { name: /^From / })).toBeNull();
    });

    it('the organisation’s own tool: on its page, by link, and in search, marked as the organisation’s', async () => {
      await fakeBrowser.storage.managed.set(policy);
      at('');
      await activeTab('https://chatgpt.com/g/g-acme-helper');
      render(<App />);
      expect(await screen.findByRole('heading', { level: 1, name: 'Acme Helper' })).toBeInTheDocument();
      expect(screen.getByText(/Listed by Acme Corp’s policy/)).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'All tools' }));
      await userEvent.type(await screen.findByRole('searchbox'), 'acme');
      expect(screen.getByRole('button', { name: /^Acme Helper/ })).toBeInTheDocument();
    });
  });
});
