import { fireEvent, render, screen } from '../render';
import { EN, plain } from '@/utils/i18n/i18n';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getTool } from '@/data/catalogue';
import { Panel, type PanelProps } from '@/components/Panel';
import { panelReply } from '@/utils/background/answer';
import { panelFor } from '@/utils/background/caveats';
import { DEFAULTS } from '@/utils/settings/model';

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
    expect(screen.getAllByText(/checked [A-Z][a-z]{2} \d{1,2}, \d{4}/).length).toBe(data.caveats.length);
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
    expect(screen.getByRole('note')).toHaveTextContent(
      `These facts were last checked on ${EN.date(data.lastChecked)} — verify at the source.`,
    );
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

  it('the pill: name and the count of risks and cautions; the most important caveat as its description and tooltip', () => {
    setup({ collapsed: true });
    const pill = screen.getByRole('button', { name: /ChatGPT/ });
    expect(pill).toHaveAccessibleName('ChatGPT 6 cautions — show caveats');
    expect(pill).toHaveAccessibleDescription(plain(data.headline));
    expect(screen.getByRole('tooltip', { hidden: true })).toHaveTextContent(
      'Trains on your inputs by default — you can switch it off in settings',
    );
  });

  it('the pill: Esc hides the tooltip without moving focus', () => {
    setup({ collapsed: true });
    const pill = screen.getByRole('button', { name: /ChatGPT/ });
    pill.focus();
    fireEvent.keyDown(pill, { key: 'Escape' });
    expect(screen.getByRole('tooltip', { hidden: true })).toHaveClass('cl-off');
    expect(document.activeElement).toBe(pill);
  });

  const change = {
    date: '2026-12-01',
    text: 'Training now on by default.',
    fields: ['training', 'pricing'],
    source: { url: 'https://openai.com/policies/', title: 'Privacy policy' },
  };

  it('changed since the last visit: a section with the dates, the facts and a source; "Got it" reports', async () => {
    const onChangesSeen = vi.fn();
    setup({ changes: [change], onChangesSeen });
    const section = screen.getByRole('region', { name: 'Changed since your last visit' });
    expect(section).toHaveTextContent('Dec 1, 2026 · training, pricing');
    expect(section).toHaveTextContent('Training now on by default.');
    expect(screen.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'https://openai.com/policies/');
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(onChangesSeen).toHaveBeenCalledOnce();
  });

  it('the pill says "changed" when changes wait (phones keep the pill)', () => {
    setup({ collapsed: true, changes: [change], onChangesSeen: vi.fn() });
    expect(screen.getByRole('button', { name: /ChatGPT/ })).toHaveAccessibleName(
      'ChatGPT 6 cautions changed since your last visit — show caveats',
    );
  });

  const notice = {
    kinds: ['api-key' as const, 'card' as const],
    nudge: { ...panelReply('chatgpt', { global: DEFAULTS, sites: {} })!.nudge!, optOut: 'Settings → Data Controls.' },
  };

  it.each([false, true])(
    'a sensitive paste (collapsed: %s): what kind, why it matters here, how to opt out — never the value',
    async (collapsed) => {
      const onDismissNotice = vi.fn();
      const onMutePastes = vi.fn();
      setup({ collapsed, notice, onDismissNotice, onMutePastes });
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('That paste seems to contain an API key and a payment card number.');
      expect(alert).toHaveTextContent(
        'ChatGPT uses what you send to train its models unless you opt out. ChatGPT may keep what you send for a long time. People at OpenAI may read conversations.',
      );
      expect(alert).toHaveTextContent('Opt out: Settings → Data Controls.');
      await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      await userEvent.click(screen.getByRole('button', { name: 'Don’t check pastes on this site' }));
      expect(onDismissNotice).toHaveBeenCalledOnce();
      expect(onMutePastes).toHaveBeenCalledOnce();
    },
  );

  it.each([
    [{ allowDismiss: false, allowDisable: true }, 'Acme Corp keeps this notice in view.', ['Don’t check pastes on this site']],
    [{ allowDismiss: true, allowDisable: false }, 'Acme Corp keeps this check on.', ['Dismiss']],
    [{ allowDismiss: false, allowDisable: false }, 'Acme Corp keeps this check on and this notice in view.', []],
  ])('the organisation’s hold on the notice %o: no button it forbids, and who holds it', (hold, says, buttons) => {
    setup({
      notice: { ...notice, nudge: { ...notice.nudge, hold: { by: 'Acme Corp', ...hold } } },
      onDismissNotice: vi.fn(),
      onMutePastes: vi.fn(),
    });
    expect(screen.getByText(says)).toBeInTheDocument();
    const box = screen.getByRole('alert').parentElement!;
    expect([...box.querySelectorAll('button')].map((b) => b.textContent)).toEqual(buttons);
  });

  it('no hold: both buttons and no word about an organisation', () => {
    setup({ notice, onDismissNotice: vi.fn(), onMutePastes: vi.fn() });
    expect(screen.queryByText(/keeps this/)).toBeNull();
  });

  describe('the organisation’s note (admin policy)', () => {
    const org = {
      name: 'Acme Corp',
      locked: false,
      note: { text: 'Not approved — use Acme Helper', level: 'blocked' as const, url: 'https://intranet.acme.example/ai' },
    };

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
      expect(screen.getByRole('region', { name: 'From Acme Corp' })).toHaveTextContent(
        `From Acme Corp · ${word}Approved for public data only`,
      );
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
