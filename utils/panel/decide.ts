/**
 * Whether the page shows a panel, for which tool, and how it starts. Pure: the URL's tool,
 * the visit's "hidden" choice, the background's reply and the viewport in; a decision out.
 */
import type { PanelData, PanelView } from './panel-data';

/** Below this width (phones) the panel starts as the pill: a card would cover most of the page. */
export const NARROW = 640;

export interface DecideInput {
  /** The tool the URL belongs to, or null. */
  toolId: string | null;
  /** The user chose "Hide for this visit" for this tool. */
  hiddenForVisit: boolean;
  /** The background's answer for `toolId` (null: unknown tool or no answer). */
  reply: { data: PanelData; view: PanelView } | null;
  viewportWidth: number;
}

export type Decision =
  | { show: false }
  | { show: true; data: PanelData; collapsed: boolean; corner: PanelView['corner']; theme: PanelView['theme']; stale: boolean };
export type Shown = Extract<Decision, { show: true }>;

export function decide({ toolId, hiddenForVisit, reply, viewportWidth }: DecideInput): Decision {
  if (!toolId || hiddenForVisit || !reply || reply.data.id !== toolId || !reply.view.panel) return { show: false };
  const { view } = reply;
  return {
    show: true,
    data: reply.data,
    collapsed: view.startCollapsed || viewportWidth < NARROW,
    corner: view.corner,
    theme: view.theme,
    stale: view.stale,
  };
}
