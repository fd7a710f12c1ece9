// The pages with the whole dataset (issue "coverage to 80+ tools"): the popup's list and search and
// the compare page keep working at 80+ tools — every tool listed once, found by name, vendor and
// category, and any three compared side by side.
import { activeTab } from './active-tab';
import { render, screen, within } from './render';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOOLS } from '@/data/catalogue';
import type { Tool } from '@/data/schema';
import { App as Compare } from '@/entrypoints/compare/App';
import { App as Popup } from '@/entrypoints/popup/App';

afterEach(() => vi.restoreAllMocks());

/** The tool names the list shows (each tool's main button; compare adds an "Add …" button beside it). */
const listed = () =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button.tool-item'), (b) => b.querySelector('.tool-item-name')!.textContent);
const names = (tools: readonly Tool[]) => tools.map((t) => t.name).sort();

async function popupElsewhere() {
  window.history.replaceState(null, '', '/popup.html');
  await activeTab('https://example.org/');
  render(<Popup />);
  return screen.findByRole('searchbox');
}

describe(`the whole dataset (${TOOLS.length} tools)`, () => {
  it('has at least 80 tools', () => {
    expect(TOOLS.length).toBeGreaterThanOrEqual(80);
  });

  it('the popup lists every tool once, grouped by category, and says how many', async () => {
    await popupElsewhere();
    expect(screen.getByRole('status')).toHaveTextContent(`${TOOLS.length} tools`);
    expect(listed().sort()).toEqual(names(TOOLS));
  });

  it('search finds a tool by name, every tool of a vendor, and every tool of a category', async () => {
    const box = await popupElsewhere();
    const vendor = TOOLS.find((t) => TOOLS.filter((o) => o.vendor === t.vendor).length >= 3)!.vendor;
    await userEvent.type(box, vendor);
    expect(listed()).toEqual(expect.arrayContaining(names(TOOLS.filter((t) => t.vendor === vendor))));

    await userEvent.clear(box);
    await userEvent.type(box, 'video');
    const videos = TOOLS.filter((t) => t.category === 'video');
    expect(videos.length).toBeGreaterThan(3);
    expect(listed()).toEqual(expect.arrayContaining(names(videos)));
    expect(screen.getByRole('heading', { level: 2, name: 'Video' })).toBeInTheDocument();

    const last = [...TOOLS].sort((a, b) => a.name.localeCompare(b.name)).at(-1)!;
    await userEvent.clear(box);
    await userEvent.type(box, last.name);
    expect(listed()).toContain(last.name);
  });

  it('compares any three: the first, a middle and the last tool', async () => {
    const picked = [TOOLS[0]!, TOOLS[Math.floor(TOOLS.length / 2)]!, TOOLS.at(-1)!];
    window.history.replaceState(null, '', `/compare.html?tools=${picked.map((t) => t.id).join(',')}`);
    render(<Compare />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining(picked.map((t) => expect.stringContaining(t.name))));
    expect(within(table).getAllByRole('row')).toHaveLength(14); // header + training + 12
    expect(listed().sort()).toEqual(names(TOOLS));
    // Full at three: another is refused until one is removed.
    const other = TOOLS[1]!;
    await userEvent.click(screen.getByRole('button', { name: `Add ${other.name}` }));
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: `Remove ${picked[1]!.name}` }));
    await userEvent.click(screen.getByRole('button', { name: `Add ${other.name}` }));
    expect(window.location.search).toBe(`?tools=${[picked[0]!, picked[2]!, other].map((t) => t.id).join(',')}`);
  });
});
