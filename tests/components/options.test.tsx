import { render, screen, waitFor } from './render';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { datasetDate, TOOLS } from '@/data/catalogue';
import { App } from '@/entrypoints/options/App';
import { EN } from '@/utils/i18n/i18n';
import { loadPolicy } from '@/utils/policy/storage';
import { loadSettings, updateGlobal, updateSite } from '@/utils/settings/storage';
import { orgTool } from '../unit/policy/org-tool';

// The real policy read, wrapped so one test can make it arrive after the settings (as when Chrome is slow to answer).
vi.mock('@/utils/policy/storage', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/utils/policy/storage')>();
  return { ...actual, loadPolicy: vi.fn(actual.loadPolicy) };
});
afterEach(() => vi.mocked(loadPolicy).mockReset()); // back to the real read, undelayed

async function importFile(text: string, name = 'settings.json') {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await userEvent.upload(input, new File([text], name, { type: 'application/json' }));
}

describe('options page', () => {
  it('shows the defaults, saves a change, and the data box', async () => {
    render(<App />);
    const corner = await screen.findByRole('combobox', { name: /Panel corner/ });
    await userEvent.selectOptions(corner, 'bottom-left');
    await waitFor(async () => expect((await loadSettings()).global.corner).toBe('bottom-left'));
    expect(screen.getByText(String(TOOLS.length))).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'ChatGPT' })[0]).toHaveAttribute('href', expect.stringContaining('popup.html?tool=chatgpt'));
  });

  it('how the panel opens: quiet by default, or always in full, or as a pill; and the paste check', async () => {
    render(<App />);
    const group = await screen.findByRole('group', { name: 'When the panel opens on a page' });
    const quiet = screen.getByRole('radio', { name: /^In full on the first visit and after changes/ });
    expect(group).toContainElement(quiet);
    expect(quiet).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Always in full' }));
    await waitFor(async () => expect((await loadSettings()).global).toMatchObject({ alwaysExpanded: true, startCollapsed: false }));
    await userEvent.click(screen.getByRole('radio', { name: 'As a pill, except after changes' }));
    await waitFor(async () => expect((await loadSettings()).global).toMatchObject({ alwaysExpanded: false, startCollapsed: true }));
    const paste = screen.getByRole('checkbox', { name: /looks sensitive/ });
    expect(paste).toBeChecked();
    await userEvent.click(paste);
    await waitFor(async () => expect((await loadSettings()).global.pasteNudge).toBe(false));
  });

  it('about the data: dataset date, tool count, and how to get the open data', async () => {
    render(<App />);
    const about = await screen.findByRole('region', { name: 'About the data' });
    expect(about).toHaveTextContent(`Dataset date: ${EN.date(datasetDate())}`);
    expect(about.querySelector('time')).toHaveAttribute('datetime', datasetDate());
    expect(about).toHaveTextContent(`Tools indexed: ${TOOLS.length}`);
    expect(about).toHaveTextContent('npm run data:export');
    expect(about).toHaveTextContent(
      /one JSON file, caveat-lens-dataset\.json, described by a JSON Schema, caveat-lens-dataset\.schema\.json/,
    );
  });

  it('lists per-site overrides; reset all asks first', async () => {
    await updateSite('poe', { panel: false });
    render(<App />);
    expect(await screen.findByText('Poe', { selector: 'strong' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset all sites…' }));
    expect((await loadSettings()).sites).toEqual({ poe: { panel: false } }); // not yet
    await userEvent.click(screen.getByRole('button', { name: 'Yes, reset all' }));
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({}));
  });

  it.each([
    ['malformed JSON', '{"format": "caveat-lens-settings", ', /not valid JSON/],
    ['JSON of the wrong shape', '{"hello": "world"}', /not a Caveat Lens settings file/],
    ['a newer version', '{"format": "caveat-lens-settings", "version": 99, "settings": {}}', /newer version/],
  ])('import of %s: a clear message, nothing changed', async (_n, text, message) => {
    await updateSite('poe', { panel: false });
    const before = await fakeBrowser.storage.sync.get(null);
    render(<App />);
    await screen.findByText('Poe', { selector: 'strong' });
    await importFile(text);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveClass('error');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('imports a valid file', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Caveat Lens settings' });
    await importFile(
      JSON.stringify({ format: 'caveat-lens-settings', version: 1, settings: { theme: 'dark' }, sites: { grok: { panel: false } } }),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Imported settings from settings.json.'));
    expect(screen.getByRole('status')).not.toHaveClass('error');
    expect(await loadSettings()).toMatchObject({ global: { theme: 'dark' }, sites: { grok: { panel: false } } });
  });

  it.each([
    ['Turn panel on', 'Panel turned on for Poe.'],
    // "Reset" + a visually hidden " Poe"; jsdom's name computation drops the space a browser keeps.
    [/^Reset ?Poe$/, 'Poe reset to the defaults.'],
  ])('%s: a success, shown as one', async (button, message) => {
    await updateSite('poe', { panel: false });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: button }));
    expect(await screen.findByRole('status')).toHaveTextContent(message);
    expect(screen.getByRole('status')).not.toHaveClass('error');
    // Poe's only difference is gone either way (panel on is the default), so the list empties.
    expect((await loadSettings()).sites).toEqual({});
    expect(await screen.findByText(/No site differs from the defaults/)).toBeInTheDocument();
  });

  it('a save sync refused is an error, though the setting is kept on this device', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    render(<App />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /Theme/ }), 'dark');
    expect(await screen.findByText(/saved on this device instead/)).toHaveClass('error');
    expect((await loadSettings()).global.theme).toBe('dark');
  });

  describe('under an organisation’s policy', () => {
    it('an invalid entry is named, the rest applies, the user’s settings are kept', async () => {
      await updateSite('poe', { panel: false });
      await fakeBrowser.storage.managed.set({
        orgName: 'Acme Corp',
        notes: { chatgpt: { text: 'Approved for public data only', level: 'maybe' }, claude: { text: 'Approved', level: 'info' } },
        defaults: { corner: 'bottom-left' },
      });
      render(<App />);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Your organisation’s policy has an invalid entry: notes.chatgpt: invalid level');
      expect(screen.getByRole('heading', { name: 'Managed by Acme Corp' })).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: /Panel corner/ })).toHaveValue('bottom-left');
      expect(screen.getByText('Poe', { selector: 'strong' })).toBeInTheDocument();
    });

    it('managed settings are disabled with the reason; the others stay the user’s', async () => {
      await fakeBrowser.storage.managed.set({
        orgName: 'Acme Corp',
        defaults: { staleDays: 30 },
        lockedSettings: ['staleDays', 'panel'],
        lockedTools: ['claude'],
      });
      render(<App />);
      const stale = await screen.findByRole('spinbutton', { name: /Warn when facts are older than/ });
      await waitFor(() => expect(stale).toBeDisabled());
      expect(stale).toHaveValue(30);
      expect(stale).toHaveAccessibleDescription('Set by Acme Corp’s policy; it cannot be changed here.');
      expect(screen.getByRole('checkbox', { name: /Show the in-page panel/ })).toBeDisabled();
      expect(screen.getByRole('combobox', { name: /Panel corner/ })).toBeEnabled();
      expect(screen.getByRole('region', { name: 'Managed by Acme Corp' })).toHaveTextContent('The panel stays on for Claude.');
    });

    it('the paste check held on (pasteNudge.allowDisable false): its switch is disabled, with the reason', async () => {
      await updateGlobal({ pasteNudge: false });
      await fakeBrowser.storage.managed.set({ orgName: 'Acme Corp', pasteNudge: { allowDisable: false } });
      render(<App />);
      const paste = await screen.findByRole('checkbox', { name: /looks sensitive/ });
      await waitFor(() => expect(paste).toBeDisabled());
      expect(paste).toBeChecked();
      expect(paste).toHaveAccessibleDescription('Acme Corp keeps the paste check on; it cannot be turned off here.');
      // The rest is the user's.
      expect(screen.getByRole('radio', { name: 'Always in full' })).toBeEnabled();
      expect(screen.getByRole('checkbox', { name: /Show the in-page panel/ })).toBeEnabled();
    });

    it('how the panel opens, held by the policy: the three choices are disabled, with the reason', async () => {
      await fakeBrowser.storage.managed.set({
        orgName: 'Acme Corp',
        defaults: { alwaysExpanded: true },
        lockedSettings: ['alwaysExpanded'],
      });
      render(<App />);
      const always = await screen.findByRole('radio', { name: 'Always in full' });
      await waitFor(() => expect(always).toBeChecked());
      for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
      expect(screen.getByRole('group', { name: 'When the panel opens on a page' })).toHaveAccessibleDescription(
        'Set by Acme Corp’s policy; it cannot be changed here.',
      );
      expect(screen.getByRole('checkbox', { name: /looks sensitive/ })).toBeEnabled();
    });

    it('lists the organisation’s tools and says which can have a panel', async () => {
      await fakeBrowser.storage.managed.set({
        orgName: 'Acme Corp',
        extraTools: [orgTool(), orgTool({ id: 'acme-internal', name: 'Acme Internal', match: [{ host: 'ai.acme-corp.com' }] })],
      });
      render(<App />);
      const region = await screen.findByRole('region', { name: 'Managed by Acme Corp' });
      await waitFor(() => expect(region).toHaveTextContent('Tools added by Acme Corp'));
      expect(region).toHaveTextContent('Acme Helper — in-page panel on its site');
      expect(region).toHaveTextContent('Acme Internal — popup, compare and search only: Caveat Lens has no access to ai.acme-corp.com');
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('no policy: no managed section, nothing disabled', async () => {
      render(<App />);
      await screen.findByRole('combobox', { name: /Panel corner/ });
      expect(screen.queryByRole('heading', { name: /Managed by/ })).toBeNull();
      for (const box of screen.getAllByRole('checkbox')) expect(box).toBeEnabled();
    });

    it('a held setting is never offered as changeable: the page shows once the policy is read', async () => {
      await fakeBrowser.storage.managed.set({ orgName: 'Acme Corp', lockedSettings: ['theme'] });
      const { loadPolicy: read } = await vi.importActual<typeof import('@/utils/policy/storage')>('@/utils/policy/storage');
      vi.mocked(loadPolicy).mockImplementation(async (ids) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return read(ids);
      });
      render(<App />);
      expect(await screen.findByRole('combobox', { name: /Theme/ })).toBeDisabled();
    });

    it('a locked tool’s site row says the panel stays on; the organisation’s tools are listed among the sites', async () => {
      await updateSite('claude', { panel: false });
      await updateSite('acme-helper', { startCollapsed: true });
      await fakeBrowser.storage.managed.set({ orgName: 'Acme Corp', lockedTools: ['claude'], extraTools: [orgTool()] });
      render(<App />);
      const sites = await screen.findByRole('region', { name: 'Per-site settings' });
      await waitFor(() => expect(sites).toHaveTextContent('Acme Helper starts as a pill'));
      expect(sites).toHaveTextContent('Claude panel off (Acme Corp keeps it on)');
      expect(screen.getByRole('region', { name: 'Defaults for every site' })).toHaveTextContent(
        'Acme Corp keeps the panel on for Claude, whatever this setting.',
      );
      expect(screen.getByRole('region', { name: 'About the data' })).toHaveTextContent(
        'Plus 1 tool added by Acme Corp, listed above: their facts come from Acme Corp, not from this dataset.',
      );
    });
  });
});
