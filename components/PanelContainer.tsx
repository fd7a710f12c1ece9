import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { WordsProvider, type Words } from '@/hooks/useI18n';
import { useTheme } from '@/hooks/useTheme';
import { fill } from '@/utils/i18n/format';
import type { Shown } from '@/utils/panel/decide';
import { findObstacles } from '@/utils/panel/obstacles';
import { CARD_MAX_HEIGHT, choosePlacement, MARGIN, type Placement } from '@/utils/panel/placement';
import { Panel } from './Panel';
import type { PasteNoticeData } from './PasteNotice';

/** Prompt boxes often render after the page's load: look again a few times. */
const LATE_LAYOUT_MS = [400, 1500, 4000];
const CLICK_SETTLE_MS = 150;

export interface PanelContainerProps {
  decision: Shown;
  /** The shadow host: its `data-corner` attribute and `--cl-y` property place it (panel.css). */
  host: HTMLElement;
  /** A paste that looked sensitive, while the tool's nudge applies. */
  notice?: PasteNoticeData;
  onCollapsedChange(collapsed: boolean): void;
  onHideForVisit(): void;
  onDisableSite(): void;
  onOpenChecklist(): void;
  onChangesSeen?(): void;
  onDismissNotice?(): void;
  onMutePastes?(): void;
}

/** Owns the panel's state on the page — collapsed or not, and where it sits — and renders the view. */
export function PanelContainer({ decision, host, notice, ...actions }: PanelContainerProps) {
  const [collapsed, setCollapsed] = useState(decision.collapsed);
  const [placement, setPlacement] = useState<Placement>({ corner: decision.corner });
  const theme = useTheme(decision.theme);
  const { locale, strings, dates } = decision.words;
  // The background sent the words in the user's language; a key it did not send shows as itself, never blank.
  // Days come worded too: Intl's first use in a page costs more than the whole panel (`npm run bench`).
  const words = useMemo<Words>(
    () => ({ locale, t: (key, params) => fill(strings[key] ?? key, params), date: (iso) => dates[iso] ?? iso }),
    [locale, strings, dates],
  );

  // A choice made elsewhere (popup, options, another tab) applies here at once.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- an outside change overrides the local toggle; rare, one extra render
  useEffect(() => setCollapsed(decision.collapsed), [decision.collapsed]);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- as above: a new corner replaces the measured placement
  useEffect(() => setPlacement({ corner: decision.corner }), [decision.corner]);

  const place = useCallback(() => {
    const root = host.shadowRoot?.querySelector<HTMLElement>('.cl-root');
    if (!root) return;
    const card = root.querySelector<HTMLElement>('.cl-card');
    const box = root.getBoundingClientRect();
    const next = choosePlacement(
      decision.corner,
      // The card's natural height (it may be capped now); the pill with its notice as it stands.
      { width: box.width, height: card ? Math.min(card.scrollHeight + 2, CARD_MAX_HEIGHT) : box.height },
      { width: window.innerWidth, height: window.innerHeight },
      findObstacles(document),
    );
    setPlacement((prev) => (prev.corner === next.corner && prev.offset === next.offset && prev.maxHeight === next.maxHeight ? prev : next));
  }, [host, decision.corner]);

  useLayoutEffect(() => {
    host.setAttribute('data-corner', placement.corner);
    host.style.setProperty('--cl-y', `${placement.offset ?? MARGIN}px`);
  }, [host, placement.corner, placement.offset]);
  // Measure once the view has its size, after each change of what is shown.
  useEffect(() => {
    const frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [place, collapsed, decision.data, decision.changes, notice]);
  useEffect(() => {
    const timers = LATE_LAYOUT_MS.map((ms) => setTimeout(place, ms));
    // A click may open one of the page's menus (account, model picker): look again once it is drawn.
    let afterClick: ReturnType<typeof setTimeout> | undefined;
    const onClick = () => {
      clearTimeout(afterClick);
      afterClick = setTimeout(place, CLICK_SETTLE_MS);
    };
    window.addEventListener('resize', place, { passive: true });
    document.addEventListener('click', onClick, { capture: true, passive: true });
    return () => {
      timers.forEach(clearTimeout);
      clearTimeout(afterClick);
      window.removeEventListener('resize', place);
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, [place]);

  // The user's actions go through as they are (spread: the page pays for each prop's name once); collapsing also sets the state here.
  return (
    <WordsProvider words={words}>
      <Panel
        {...actions}
        data={decision.data}
        collapsed={collapsed}
        stale={decision.stale}
        theme={theme}
        maxHeight={placement.maxHeight}
        changes={decision.changes}
        notice={notice}
        onCollapsedChange={(next) => {
          setCollapsed(next);
          actions.onCollapsedChange(next);
        }}
      />
    </WordsProvider>
  );
}
