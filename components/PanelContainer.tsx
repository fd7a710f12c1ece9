import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useTheme } from '@/hooks/useTheme';
import type { Shown } from '@/utils/panel/decide';
import { findObstacles } from '@/utils/panel/obstacles';
import { CARD_MAX_HEIGHT, choosePlacement, type Placement } from '@/utils/panel/placement';
import { Panel } from './Panel';

/** Prompt boxes often render after the page's load: look again a few times. */
const LATE_LAYOUT_MS = [400, 1500, 4000];

export interface PanelContainerProps {
  decision: Shown;
  /** The shadow host: its `data-corner` attribute pins it to a corner (panel.css). */
  host: HTMLElement;
  onCollapsedChange(collapsed: boolean): void;
  onHideForVisit(): void;
  onDisableSite(): void;
  onOpenChecklist(): void;
}

/** Owns the panel's state on the page — collapsed or not, and where it sits — and renders the view. */
export function PanelContainer({ decision, host, ...actions }: PanelContainerProps) {
  const [collapsed, setCollapsed] = useState(decision.collapsed);
  const [placement, setPlacement] = useState<Placement>({ corner: decision.corner });
  const theme = useTheme(decision.theme);

  // A choice made elsewhere (popup, options, another tab) applies here at once.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- an outside change overrides the local toggle; rare, one extra render
  useEffect(() => setCollapsed(decision.collapsed), [decision.collapsed]);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- as above: a new corner replaces the measured placement
  useEffect(() => setPlacement({ corner: decision.corner }), [decision.corner]);

  const place = useCallback(() => {
    const card = host.shadowRoot?.querySelector<HTMLElement>('.cl-card, .cl-pill');
    if (!card) return;
    const box = card.getBoundingClientRect();
    const next = choosePlacement(
      decision.corner,
      { width: box.width, height: Math.min(card.scrollHeight + 2, CARD_MAX_HEIGHT) },
      { width: window.innerWidth, height: window.innerHeight },
      findObstacles(document),
    );
    setPlacement((prev) => (prev.corner === next.corner && prev.maxHeight === next.maxHeight ? prev : next));
  }, [host, decision.corner]);

  useLayoutEffect(() => host.setAttribute('data-corner', placement.corner), [host, placement.corner]);
  // Measure once the view has its size, after each change of what is shown.
  useEffect(() => {
    const frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [place, collapsed, decision.data]);
  useEffect(() => {
    const timers = LATE_LAYOUT_MS.map((ms) => setTimeout(place, ms));
    window.addEventListener('resize', place, { passive: true });
    return () => {
      timers.forEach(clearTimeout);
      window.removeEventListener('resize', place);
    };
  }, [place]);

  return (
    <Panel
      data={decision.data}
      collapsed={collapsed}
      stale={decision.stale}
      theme={theme}
      maxHeight={placement.maxHeight}
      onCollapsedChange={(next) => {
        setCollapsed(next);
        actions.onCollapsedChange(next);
      }}
      onHideForVisit={actions.onHideForVisit}
      onDisableSite={actions.onDisableSite}
      onOpenChecklist={actions.onOpenChecklist}
    />
  );
}
