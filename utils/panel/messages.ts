/**
 * The content script ↔ background protocol: one map from request to response, so each
 * side is typed from the same place. Requests are checked by `isRequest` in the background,
 * replies by the guards in panel-data.ts in the page; the background's one message to a tab
 * by `isTabMessage` in the page.
 */
import type { PanelReply } from './panel-data';

/** What the panel may change for its own site. */
export interface SitePatch {
  panel?: boolean;
  startCollapsed?: boolean;
  /** "Don't check pastes on this site", from the paste notice. */
  pasteNudge?: boolean;
}
const SITE_PATCH_KEYS = ['panel', 'startCollapsed', 'pasteNudge'];

export interface Messages {
  /** The panel's data and the user's settings for a matched tool; null: nothing to show. */
  panel: { request: { toolId: string }; response: PanelReply | null };
  /** Remember a choice made in the panel (collapsed, don't show on this site). */
  'update-site': { request: { toolId: string; patch: SitePatch }; response: null };
  /** Open the full checklist (popup, else a tab). */
  'open-checklist': { request: { toolId: string }; response: null };
  /** "Got it": the tool's changes up to the bundled data are seen. */
  'seen-changes': { request: { toolId: string }; response: null };
}
export type MessageType = keyof Messages;
export type Request<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Messages[K]['request'] : never;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalBool = (v: unknown) => v === undefined || typeof v === 'boolean';

/** Background → the tab's content script: the keyboard command "show or hide the panel". */
export interface TabMessage {
  type: 'toggle-panel';
}
export const TOGGLE_PANEL: TabMessage = { type: 'toggle-panel' };
// Safe on any value: primitives have no `type`, and `?.` covers null and undefined (no isObj: fewer bytes in the page).
export const isTabMessage = (v: unknown): v is TabMessage => (v as Partial<TabMessage> | null)?.type === 'toggle-panel';

export function isRequest(v: unknown): v is Request {
  if (!isObj(v) || typeof v.toolId !== 'string') return false;
  switch (v.type) {
    case 'panel':
    case 'open-checklist':
    case 'seen-changes':
      return true;
    case 'update-site':
      return isObj(v.patch) && Object.entries(v.patch).every(([k, x]) => SITE_PATCH_KEYS.includes(k) && optionalBool(x));
    default:
      return false;
  }
}
