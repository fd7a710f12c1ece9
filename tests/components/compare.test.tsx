import { render, screen, within } from './render';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/compare/App';
import { orgTool } from '../unit/policy/org-tool';

describe('compare page', () => {
  it('reads ?tools=, shows twelve rows per tool, and lets you add and remove', async () => {
    window.history.replaceState(null, '', '/compare.html?tools=chatgpt,claude,unknown-id');
    render(<App />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(14); // header + training + 12
    // Training is worded from each tool's training parts (data/training.ts), the same words as the panel.
    const training = within(table).getByRole('rowheader', { name: 'Trains on your inputs' }).closest('tr')!;
    expect(within(training).getAllByText(/^On by default — you can switch it off in settings$/)).toHaveLength(2);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Add Gemini' }));
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Add Poe' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add Poe' })); // a fourth is refused
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(4);
    expect(screen.getByText(/Remove one to pick another/)).toHaveTextContent('Comparing ChatGPT, Claude, Gemini.');
    expect(window.location.search).toBe('?tools=chatgpt,claude,gemini');
  });

  it('with fewer than two tools, asks for more', () => {
    window.history.replaceState(null, '', '/compare.html');
    render(<App />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Pick tools below to compare them.')).toBeInTheDocument();
  });

  it('the organisation’s own tools can be compared, by link and from the list', async () => {
    await fakeBrowser.storage.managed.set({ orgName: 'Acme', extraTools: [orgTool()] });
    window.history.replaceState(null, '', '/compare.html?tools=acme-helper,chatgpt');
    render(<App />);
    await screen.findByRole('table');
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(3);
    expect(screen.getByRole('table')).toHaveTextContent('Acme Helper');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Acme Helper' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(window.location.search).toBe('?tools=chatgpt');
  });
});
