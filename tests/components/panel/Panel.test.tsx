import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getTool } from '@/data/catalogue';
import { Panel, type PanelProps } from '@/components/Panel';
import { panelFor } from '@/utils/background/caveats';

const data = panelFor(getTool('chatgpt')!);
function setup(over: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    data,
    collapsed: false,
    stale: false,
    theme: 'light',
    onCollapsedChange: vi.fn(),
    onHideForVisit: vi.fn(),
    onDisableSite: vi.fn(),
    onOpenChecklist: vi.fn(),
    ...over,
  };
  render(<Panel {...props} />);
  return props;
}

describe('<Panel>', () => {
  it('expanded: landmark, heading, every caveat with its source and date', () => {
    setup();
    const region = screen.getByRole('complementary', { name: 'Caveat Lens: ChatGPT' });
    expect(region).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'ChatGPT' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(data.caveats.length);
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(screen.getAllByText(/checked \d{4}-\d{2}-\d{2}/).length).toBe(data.caveats.length);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('collapsed: a single pill button that expands', async () => {
    const props = setup({ collapsed: true });
    expect(screen.getByRole('complementary', { name: 'Caveat Lens: ChatGPT' })).toBeInTheDocument();
    const pill = screen.getByRole('button', { name: /ChatGPT/ });
    expect(pill).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).toBeNull();
    await userEvent.click(pill);
    expect(props.onCollapsedChange).toHaveBeenCalledWith(false);
  });

  it('stale: shows when the facts were last checked', () => {
    setup({ stale: true });
    expect(screen.getByRole('note')).toHaveTextContent(`These facts were last checked on ${data.lastChecked} — verify at the source.`);
  });

  it('unknown rows say unknown in words, not colour alone', () => {
    const unknown = { ...data, caveats: data.caveats.map((c) => ({ ...c, status: 'unknown' as const })) };
    setup({ data: unknown });
    expect(screen.getAllByText('Unknown')).toHaveLength(unknown.caveats.length);
  });

  it('long names wrap inside the card and stay whole in the label', () => {
    const name = 'An Extraordinarily Long Product Name That Goes On And On Without Any Mercy';
    setup({ data: { ...data, name } });
    expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: `Caveat Lens: ${name}` })).toBeInTheDocument();
  });

  it('never takes focus on its own', () => {
    setup();
    expect(document.activeElement).toBe(document.body);
  });

  it('Esc collapses; the actions call back', async () => {
    const props = setup();
    const collapse = screen.getByRole('button', { name: 'Collapse Caveat Lens' });
    collapse.focus();
    fireEvent.keyDown(collapse, { key: 'Escape' });
    expect(props.onCollapsedChange).toHaveBeenCalledWith(true);
    await userEvent.click(screen.getByRole('button', { name: 'Full checklist' }));
    await userEvent.click(screen.getByRole('button', { name: 'Hide for this visit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Don’t show on this site' }));
    expect(props.onOpenChecklist).toHaveBeenCalled();
    expect(props.onHideForVisit).toHaveBeenCalled();
    expect(props.onDisableSite).toHaveBeenCalled();
  });

  it('never renders a non-https link', () => {
    const evil = { ...data, caveats: [{ ...data.caveats[0]!, source: { url: 'javascript:alert(1)', title: 'Evil' } }] };
    setup({ data: evil });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Evil')).toBeInTheDocument();
  });

  describe('the organisation’s note (admin policy)', () => {
    const org = { name: 'Acme Corp', locked: false, note: { text: 'Not approved — use Acme Helper', level: 'blocked' as const, url: 'https://intranet.acme.example/ai' } };

    it('comes first, above the dataset’s caveats, and says whose it is', () => {
      setup({ data: { ...data, org } });
      const note = screen.getByRole('region', { name: 'From Acme Corp' });
      expect(note).toHaveTextContent('From Acme Corp · Not approved');
      expect(note).toHaveTextContent('Not approved — use Acme Helper');
      const caveats = screen.getByRole('list');
      expect(note.compareDocumentPosition(caveats) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      const link = screen.getByRole('link', { name: 'Acme Corp’s guidance' });
      expect(link).toHaveAttribute('href', 'https://intranet.acme.example/ai');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      // Wording only: every action is still there.
      expect(screen.getByRole('button', { name: 'Don’t show on this site' })).toBeInTheDocument();
    });

    it.each([
      ['info', 'Note'],
      ['warning', 'Warning'],
    ] as const)('level %s reads “%s”', (level, word) => {
      setup({ data: { ...data, org: { ...org, note: { text: 'Approved for public data only', level } } } });
      expect(screen.getByRole('region', { name: 'From Acme Corp' })).toHaveTextContent(`From Acme Corp · ${word}Approved for public data only`);
    });

    it('a warning or refusal shows on the collapsed pill too', () => {
      setup({ data: { ...data, org }, collapsed: true });
      expect(screen.getByRole('button', { name: /ChatGPT/ })).toHaveTextContent('Not approved');
    });

    it('no note, no block', () => {
      setup({ data: { ...data, org: { name: 'Acme Corp', locked: false } } });
      expect(screen.queryByRole('region')).toBeNull();
    });

    it('a link that is not https is not a link', () => {
      setup({ data: { ...data, org: { ...org, note: { ...org.note, url: 'javascript:alert(1)' } } } });
      expect(screen.queryByRole('link', { name: /guidance/ })).toBeNull();
    });

    it('locked: no “Don’t show on this site”, and the reason instead', async () => {
      const props = setup({ data: { ...data, org: { name: 'Acme Corp', locked: true } } });
      expect(screen.queryByRole('button', { name: 'Don’t show on this site' })).toBeNull();
      expect(screen.getByText('Acme Corp keeps this panel on')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Hide for this visit' }));
      expect(props.onHideForVisit).toHaveBeenCalled();
      expect(props.onDisableSite).not.toHaveBeenCalled();
    });
  });
});
