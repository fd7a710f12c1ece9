// The panel in a pseudo-locale: every word a user reads comes from the catalog (via the
// background's reply, as shipped) or is the dataset's own text marked as English.
import { fireEvent, render, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PanelContainer } from '@/components/PanelContainer';
import { panelReply } from '@/utils/background/answer';
import { decide, type Shown } from '@/utils/panel/decide';
import { NO_POLICY } from '@/utils/policy/model';
import { DEFAULTS } from '@/utils/settings/model';
import { pseudoI18n, untranslated } from '../pseudo';

const i18n = pseudoI18n();

function renderPanel(toolId: string, over: Partial<Shown> = {}, notice?: Parameters<typeof PanelContainer>[0]['notice']) {
  const reply = panelReply(toolId, { global: { ...DEFAULTS, staleDays: 1 }, sites: {} }, '2099-01-01', NO_POLICY, '2026-01-01#1', i18n)!;
  const shown = { ...(decide({ toolId, hiddenForVisit: false, reply, viewportWidth: 1280 }) as Shown), ...over };
  const host = document.createElement('caveat-lens');
  const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  document.body.append(host);
  const fns = { onCollapsedChange: vi.fn(), onHideForVisit: vi.fn(), onDisableSite: vi.fn(), onOpenChecklist: vi.fn() };
  render(<PanelContainer decision={shown} host={host} notice={notice} {...fns} onChangesSeen={vi.fn()} />, { container });
  return { container, reply };
}

describe('the panel has no untranslated text', () => {
  it.each(['chatgpt', 'claude', 'midjourney', 'github-copilot', 'perplexity'])('%s: card, stale notice and changes', (id) => {
    const change = {
      date: '2026-12-01',
      text: 'Training default changed.',
      fields: ['training', 'pricing'],
      source: { url: 'https://example.com/', title: 'Policy' },
    };
    const { container } = renderPanel(id, { collapsed: false, stale: true, changes: [change] });
    expect(container.querySelector('.cl-card')).not.toBeNull();
    expect(untranslated(container)).toEqual([]);
  });

  it('the pill, with its tooltip and "changed"', () => {
    const change = { date: '2026-12-01', text: 'x', fields: ['training'] };
    const { container } = renderPanel('chatgpt', { collapsed: true, changes: [change] });
    expect(container.querySelector('.cl-pill')).not.toBeNull();
    expect(untranslated(container)).toEqual([]);
  });

  it('the paste notice, with and without an organisation’s hold', () => {
    const { reply } = renderPanel('chatgpt');
    document.body.innerHTML = '';
    const nudge = { ...reply.nudge!, hold: { by: 'Acme', allowDismiss: false, allowDisable: false } };
    const { container } = renderPanel('chatgpt', { collapsed: false }, { kinds: ['api-key', 'card', 'emails'], nudge });
    expect(within(container as HTMLElement).getByRole('alert')).toBeTruthy();
    expect(untranslated(container).filter((t) => t !== 'Acme')).toEqual([]);
    fireEvent.keyDown(container.querySelector('.cl-root')!, { key: 'Escape' });
  });

  it('finds a word written in a component (the check can fail)', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>⟦Translated⟧</p><p lang="en">Dataset note</p><button aria-label="Close">×</button><p>Oops</p>';
    expect(untranslated(div)).toEqual(['Oops', 'aria-label="Close"']);
  });
});
