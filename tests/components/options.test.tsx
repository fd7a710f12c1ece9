import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('imports a valid file', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Caveat Lens settings' });
    await importFile(JSON.stringify({ format: 'caveat-lens-settings', version: 1, settings: { theme: 'dark' }, sites: { grok: { panel: false } } }));
    expect(await screen.findByText(/Imported settings from settings.json/)).toBeInTheDocument();
    expect(await loadSettings()).toMatchObject({ global: { theme: 'dark' }, sites: { grok: { panel: false } } });
  });
});
