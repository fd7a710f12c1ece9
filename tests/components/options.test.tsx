import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { datasetDate, TOOLS } from '@/data/catalogue';
import { App } from '@/entrypoints/options/App';
import { loadSettings, updateSite } from '@/utils/settings/storage';

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

  it('about the data: dataset date, tool count, and how to get the open data', async () => {
    render(<App />);
    const about = await screen.findByRole('region', { name: 'About the data' });
    expect(about).toHaveTextContent(`Dataset date: ${datasetDate()}`);
    expect(about).toHaveTextContent(`Tools indexed: ${TOOLS.length}`);
    expect(about).toHaveTextContent('npm run data:export');
    expect(about).toHaveTextContent(/one JSON file, caveat-lens-dataset\.json, described by a JSON Schema, caveat-lens-dataset\.schema\.json/);
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
    await importFile(JSON.stringify({ format: 'caveat-lens-settings', version: 1, settings: { theme: 'dark' }, sites: { grok: { panel: false } } }));
    expect(await screen.findByText(/Imported settings from settings.json/)).toBeInTheDocument();
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
});
