import { act, render, within } from '../render';
import userEvent from '@testing-library/user-event';
import { Component } from 'react';
import { Component as PreactComponent } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PanelContainer, type PanelContainerProps } from '@/components/PanelContainer';
import { panelReply } from '@/utils/background/answer';
import { decide, type Shown } from '@/utils/panel/decide';
import { DEFAULTS } from '@/utils/settings/model';

const shown = decide({
  toolId: 'chatgpt',
  hiddenForVisit: false,
  reply: panelReply('chatgpt', { global: DEFAULTS, sites: {} }),
  viewportWidth: 1280,
}) as Shown;

function setup(over: Partial<PanelContainerProps> = {}) {
  const host = document.createElement('caveat-lens');
  const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  document.body.append(host);
  const props: PanelContainerProps = {
    decision: shown,
    host,
    onCollapsedChange: vi.fn(),
    onHideForVisit: vi.fn(),
    onDisableSite: vi.fn(),
    onOpenChecklist: vi.fn(),
    ...over,
  };
  const view = render(<PanelContainer {...props} />, { container });
  // The panel lives in a shadow root, as on a real page: query inside it.
  return { props, host, view, ui: within(container as HTMLElement) };
}

describe('<PanelContainer> (under preact/compat, as shipped)', () => {
  it('runs on Preact here, not React', () => expect(Component).toBe(PreactComponent));

  it('pins the host to the decided corner, at the edge until a control is in the way', () => {
    const { host } = setup({ decision: { ...shown, corner: 'bottom-left' } });
    expect(host.getAttribute('data-corner')).toBe('bottom-left');
    expect(host.style.getPropertyValue('--cl-y')).toBe('12px');
  });

  it('shows the changes and the paste notice it is given, and passes their actions through', async () => {
    const change = { date: '2026-12-01', text: 'Prices re-read.', fields: ['pricing'] };
    const onChangesSeen = vi.fn();
    const onDismissNotice = vi.fn();
    const { ui } = setup({
      decision: { ...shown, changes: [change] },
      notice: {
        kinds: ['token'],
        nudge: { ...shown.nudge!, caveat: 'ChatGPT uses what you send to train its models unless you opt out.' },
      },
      onChangesSeen,
      onDismissNotice,
    });
    expect(ui.getByRole('alert')).toHaveTextContent('an access token');
    await userEvent.click(ui.getByRole('button', { name: 'Got it' }));
    await userEvent.click(ui.getByRole('button', { name: 'Dismiss' }));
    expect(onChangesSeen).toHaveBeenCalledOnce();
    expect(onDismissNotice).toHaveBeenCalledOnce();
  });

  it('owns collapsed: the pill expands on click and the choice is reported to be remembered', async () => {
    const { props, ui } = setup({ decision: { ...shown, collapsed: true } });
    await userEvent.click(ui.getByRole('button', { name: /ChatGPT/ }));
    expect(props.onCollapsedChange).toHaveBeenCalledWith(false);
    expect(ui.getByRole('heading', { level: 2, name: 'ChatGPT' })).toBeInTheDocument();
  });

  it('follows a collapsed choice made elsewhere (popup, another tab)', () => {
    const { props, view, ui } = setup();
    expect(ui.getByRole('heading', { level: 2 })).toBeInTheDocument();
    act(() => view.rerender(<PanelContainer {...props} decision={{ ...shown, collapsed: true }} />));
    expect(ui.queryByRole('heading', { level: 2 })).toBeNull();
    expect(ui.getByRole('button', { name: /show caveats/ })).toBeInTheDocument();
  });

  it('applies the chosen theme', () => {
    const { ui } = setup({ decision: { ...shown, theme: 'dark' } });
    expect(ui.getByRole('complementary').getAttribute('data-theme')).toBe('dark');
  });

  it('passes the page actions through', async () => {
    const { props, ui } = setup();
    await userEvent.click(ui.getByRole('button', { name: 'Full checklist' }));
    await userEvent.click(ui.getByRole('button', { name: 'Hide for this visit' }));
    expect(props.onOpenChecklist).toHaveBeenCalledOnce();
    expect(props.onHideForVisit).toHaveBeenCalledOnce();
  });
});
