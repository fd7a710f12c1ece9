/**
 * Whether the page shows a panel, for which tool, and how it starts. Pure: the URL's tool,
 * the visit's "hidden" choice, the background's reply and the viewport in; a decision out.
 *
 * Quiet by default: the card opens in full on the first visit to a tool and when a watched fact
 * changed since the last one; every other visit starts as the pill. "Always expanded" keeps the
 * card (unless collapsing it was remembered for the site); "start collapsed" keeps the pill
 * except after changes, which is the one thing worth interrupting for.
 */
import type { PanelAttention, PanelChange, PanelData, PanelNudge, PanelReply, PanelView, PanelWords } from './panel-data';

/** Below this width (phones) the panel starts as the pill: a card would cover most of the page. */
export const NARROW = 640;

export interface DecideInput {
  /** The tool the URL belongs to, or null. */
  toolId: string | null;
  /** The user chose "Hide for this visit" for this tool. */
  hiddenForVisit: boolean;
  /** The background's answer for `toolId` (null: unknown tool or no answer). */
  reply: Omit<PanelReply, 'css'> | null;
  viewportWidth: number;
  /**
   * The attention of this page's first reply for the tool, when there was one: a later reply
   * (settings changed, in-page navigation) must not fold a card the visit opened.
   */
  visitAttention?: PanelAttention;
  /** "Got it" was pressed on this page. */
  changesSeen?: boolean;
  /**
   * The user asked for the panel with the keyboard shortcut: shown in full, even where it is
   * switched off for the site or everywhere (for this visit; the setting stays as it is).
   */
  asked?: boolean;
}

export type Decision =
  | { show: false }
  | {
      show: true;
      data: PanelData;
      /** The panel's words in the user's language. */
      words: PanelWords;
      collapsed: boolean;
      corner: PanelView['corner'];
      theme: PanelView['theme'];
      stale: boolean;
      /** Shown in the card's "Changed since your last visit" section. */
      changes: PanelChange[];
      /** Collapsing is remembered for the site ("always expanded" only). */
      rememberCollapsed: boolean;
      nudge?: PanelNudge;
    };
export type Shown = Extract<Decision, { show: true }>;

export function decide({
  toolId,
  hiddenForVisit,
  reply,
  viewportWidth,
  visitAttention,
  changesSeen = false,
  asked,
}: DecideInput): Decision {
  if (!toolId || hiddenForVisit || !reply || reply.data.id !== toolId || !(reply.view.panel || asked)) return { show: false };
  const { view } = reply;
  const attention = visitAttention ?? reply.attention;
  const changed = attention.changes.length > 0;
  const expanded =
    asked || (viewportWidth >= NARROW && (changed || (!view.startCollapsed && (view.alwaysExpanded || attention.firstVisit))));
  return {
    show: true,
    data: reply.data,
    words: reply.words,
    collapsed: !expanded,
    corner: view.corner,
    theme: view.theme,
    stale: view.stale,
    changes: changesSeen ? [] : attention.changes,
    rememberCollapsed: view.alwaysExpanded,
    ...(reply.nudge ? { nudge: reply.nudge } : {}),
  };
}
