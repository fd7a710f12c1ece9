// Every extension page in a pseudo-locale (tests/components/pseudo.ts): each word a user reads
// comes from the catalog, or is the dataset's (or the organisation's) own text, marked as such.
import userEvent from '@testing-library/user-event';
import { render, screen, waitFor } from './render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as Compare } from '@/entrypoints/compare/App';
import { App as Options } from '@/entrypoints/options/App';
import { App as Popup } from '@/entrypoints/popup/App';
import { updateSite } from '@/utils/settings/storage';
import { pseudoI18n, untranslated } from './pseudo';

const i18n = pseudoI18n();
const at = (path: string) => window.history.replaceState(null, '', path);
afterEach(() => vi.restoreAllMocks());

/** What the organisation wrote, and names the page shows inside translated sentences. */
const expectClean = async (allowed: string[] = []) =>
  waitFor(() => expect(untranslated(document.body).filter((t) => !allowed.includes(t))).toEqual([]));

describe('no untranslated text', () => {
  it.each(['chatgpt', 'claude', 'midjourney', 'fireflies-ai', 'vertex-ai-studio'])('popup, %s’s checklist and details', async (id) => {
    at(`/popup.html?tool=${id}`);
    render(<Popup />, { i18n });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.body.textContent).toContain('⟦Security vulnerabilities⟧'), { timeout: 5_000 });
    await expectClean();
  });

  it('popup with no tool on the tab: the search, its results and its empty result', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    at('/popup.html');
    render(<Popup />, { i18n });
    const search = await screen.findByRole('searchbox');
    await expectClean();
    search.focus();
    await userEvent.type(search, 'zzzz-no-such-tool');
    await expectClean();
  });

  it('popup for an id the dataset does not know', async () => {
    at('/popup.html?tool=not-a-tool');
    render(<Popup />, { i18n });
    await screen.findByRole('heading', { level: 1 });
    await expectClean();
  });

  it('compare page with three tools, and empty', async () => {
    at('/compare.html?tools=chatgpt,claude,gemini');
    const view = render(<Compare />, { i18n });
    await screen.findAllByRole('columnheader');
    await expectClean();
    view.unmount();
    at('/compare.html');
    render(<Compare />, { i18n });
    await screen.findByRole('heading', { level: 1 });
    await expectClean();
  });

  it('options page, with a site changed and an organisation’s policy', async () => {
    await updateSite('poe', { panel: false });
    await fakeBrowser.storage.managed.set({
      orgName: 'Acme Corp',
      notes: { chatgpt: { text: 'Approved for public data only', level: 'maybe' } },
      lockedSettings: ['theme'],
    });
    at('/options.html');
    render(<Options />, { i18n });
    await screen.findByRole('alert');
    await expectClean();
  });
});
