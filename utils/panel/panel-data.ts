/**
 * What the background sends the in-page panel. The content script checks every reply with
 * the typed guard below instead of a schema library: it ships inside other people's pages,
 * where each kilobyte is paid on every load (measured by `npm run bench`).
 */
import { STATUSES, type Status } from '@/data/statuses';
import { CORNERS, THEMES, type Corner, type Theme } from '@/utils/settings/values';

export { STATUSES, type Status };
export const TOPICS = ['privacy', 'retention', 'pricing', 'limits', 'copyright', 'security'] as const;
export type Topic = (typeof TOPICS)[number];
/** How an organisation's note is worded: "blocked" is wording only — Caveat Lens never blocks a site. */
export const NOTE_LEVELS = ['info', 'warning', 'blocked'] as const;
export type NoteLevel = (typeof NOTE_LEVELS)[number];

export interface PanelCaveat {
  topic: Topic;
  status: Status;
  text: string;
  /** `via`: the title of the copy an official text was read through, if any. */
  source: { url: string; title: string; via?: string };
  checked: string;
}

export interface PanelData {
  id: string;
  name: string;
  vendor: string;
  category: string;
  caveats: PanelCaveat[];
  /** The tool's last check (data/tool-facts.ts lastChecked), the date the popup shows too. */
  lastChecked: string;
  /** The most important caveat in a few words (the pill's tooltip). */
  headline: string;
  /** The organisation's policy for this tool (admin-managed), when it says anything about it. */
  org?: PanelOrg;
}

/** What the organisation's policy says about one tool, shown above the dataset's caveats. */
export interface PanelOrg {
  /** The organisation's name ("your organisation" when the policy gives none). */
  name: string;
  note?: { text: string; level: NoteLevel; url?: string };
  /** The user may not turn this tool's panel off. */
  locked: boolean;
}

/** The user's settings for this tool, already resolved by the background. */
export interface PanelView {
  panel: boolean;
  startCollapsed: boolean;
  /** The old behaviour: in full on every visit (collapsing is then remembered per site). */
  alwaysExpanded: boolean;
  corner: Corner;
  theme: Theme;
  /** The newest check is older than the user's staleness threshold. */
  stale: boolean;
}

/** An update-log entry the user has not seen that changed a watched fact. */
export interface PanelChange {
  date: string;
  text: string;
  /** The watched facts it changed: training, retention, pricing, ownership, availability. */
  fields: string[];
  /** The tool's source for the first of those facts. */
  source?: { url: string; title: string };
}

/** Why the panel should speak up on this visit. */
export interface PanelAttention {
  /** No earlier visit is recorded for this tool. */
  firstVisit: boolean;
  /** Newest first; empty when nothing watched changed since the recorded visit. */
  changes: PanelChange[];
}

export type NudgeRisk = 'training' | 'retention' | 'review';

/** Sent only for tools where a sensitive paste matters, and only while the user's switch is on. */
export interface PanelNudge {
  /** What the tool's data says happens to what you send (the panel shows `caveat`). */
  risks: NudgeRisk[];
  /** Those risks in a sentence each: "ChatGPT uses what you send to train its models unless you opt out. …". */
  caveat: string;
  /** How to opt out of training, when known. */
  optOut?: string;
  /** The organisation's policy forbids dismissing the notice or turning the check off (absent: both allowed). */
  hold?: NudgeHold;
}

/** The organisation's hold on the paste notice (policy `pasteNudge`). */
export interface NudgeHold {
  /** The organisation's name, as PanelOrg's. */
  by: string;
  allowDismiss: boolean;
  allowDisable: boolean;
}

export interface PanelReply {
  data: PanelData;
  view: PanelView;
  attention: PanelAttention;
  nudge?: PanelNudge;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

function isCaveat(v: unknown): v is PanelCaveat {
  if (!isObj(v) || !isObj(v.source)) return false;
  const s = v.source;
  return (
    oneOf(TOPICS, v.topic) &&
    oneOf(STATUSES, v.status) &&
    isStr(v.text) &&
    isStr(v.checked) &&
    isStr(s.url) &&
    isStr(s.title) &&
    (s.via === undefined || isStr(s.via))
  );
}

function isOrg(v: unknown): v is PanelOrg {
  if (!isObj(v) || !isStr(v.name) || !isBool(v.locked)) return false;
  const n = v.note;
  return n === undefined || (isObj(n) && isStr(n.text) && oneOf(NOTE_LEVELS, n.level) && (n.url === undefined || isStr(n.url)));
}

function isPanelData(v: unknown): v is PanelData {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isStr(v.vendor) &&
    isStr(v.category) &&
    isStr(v.lastChecked) &&
    isStr(v.headline) &&
    Array.isArray(v.caveats) &&
    v.caveats.every(isCaveat) &&
    (v.org === undefined || isOrg(v.org))
  );
}

function isPanelView(v: unknown): v is PanelView {
  return (
    isObj(v) &&
    isBool(v.panel) &&
    isBool(v.startCollapsed) &&
    isBool(v.alwaysExpanded) &&
    isBool(v.stale) &&
    oneOf(CORNERS, v.corner) &&
    oneOf(THEMES, v.theme)
  );
}

const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

function isChange(v: unknown): v is PanelChange {
  return (
    isObj(v) &&
    isStr(v.date) &&
    isStr(v.text) &&
    isStrList(v.fields) &&
    (v.source === undefined || (isObj(v.source) && isStr(v.source.url) && isStr(v.source.title)))
  );
}

function isAttention(v: unknown): v is PanelAttention {
  return isObj(v) && isBool(v.firstVisit) && Array.isArray(v.changes) && v.changes.every(isChange);
}

function isHold(v: unknown): v is NudgeHold {
  return isObj(v) && isStr(v.by) && isBool(v.allowDismiss) && isBool(v.allowDisable);
}

function isNudge(v: unknown): v is PanelNudge {
  // `risks` is not read in the page; the words it needs are in `caveat`.
  return isObj(v) && isStr(v.caveat) && (v.optOut === undefined || isStr(v.optOut)) && (v.hold === undefined || isHold(v.hold));
}

export function isPanelReply(v: unknown): v is PanelReply {
  return isObj(v) && isPanelData(v.data) && isPanelView(v.view) && isAttention(v.attention) && (v.nudge === undefined || isNudge(v.nudge));
}
