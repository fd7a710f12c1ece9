/**
 * What the background sends the in-page panel. The content script checks every reply with
 * the typed guard below instead of a schema library: it ships inside other people's pages,
 * where each kilobyte is paid on every load (measured by `npm run bench`).
 */
import { STATUSES, type Status } from '@/data/statuses';
import type { Segment } from '@/utils/i18n/format';
import { CORNERS, THEMES, type Corner, type Theme } from '@/utils/settings/values';
import { SENSITIVE_KINDS } from './detectors';

export { STATUSES, type Status };
export const TOPICS = ['privacy', 'retention', 'pricing', 'limits', 'copyright', 'security'] as const;
export type Topic = (typeof TOPICS)[number];
/** How an organisation's note is worded: "blocked" is wording only — Caveat Lens never blocks a site. */
export const NOTE_LEVELS = ['info', 'warning', 'blocked'] as const;
export type NoteLevel = (typeof NOTE_LEVELS)[number];

export interface PanelCaveat {
  topic: Topic;
  /** The topic as the panel heads it ("Training on your data"). */
  label: string;
  status: Status;
  /** In the user's language; the dataset's English notes as `{ en }` runs. */
  text: Segment[];
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
  headline: Segment[];
  /** The caveats' count in words, as the badge's title says it: "1 risk, 4 cautions" (utils/background/counts.ts). */
  countWords: string;
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
  /** What each detector finds, in words, in SENSITIVE_KINDS order (utils/panel/detectors.ts): "an API key", …. */
  kindWords: string[];
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

/** The panel's own words in the user's language (utils/i18n/panel-strings.ts). */
export interface PanelWords {
  locale: string;
  strings: Record<string, string>;
  /** Every day the panel shows (YYYY-MM-DD), worded for the locale: the page runs no Intl. */
  dates: Record<string, string>;
}

export interface PanelReply {
  /** The panel's stylesheet (components/panel.css, built): kept out of the content script's bundle. */
  css: string;
  data: PanelData;
  words: PanelWords;
  view: PanelView;
  attention: PanelAttention;
  nudge?: PanelNudge;
}

// The guard is built from small checks, declared in the shape of the reply: one line per
// object, so the page pays for each field's name once.
type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const bool: Check = (v) => typeof v === 'boolean';
const opt =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    values.includes(v as string);
const list =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
/** An object (not an array) whose listed fields pass their checks; fields it does not list are not read. */
const shape =
  (fields: Record<string, Check>): Check =>
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(fields).every((k) => fields[k]!((v as Record<string, unknown>)[k]));

const link = { url: str, title: str };
const segments = list((v) => str(v) || shape({ en: str })(v));
const strings: Check = (v) => shape({})(v) && Object.values(v as object).every(str);

export const isPanelReply = shape({
  css: str,
  data: shape({
    id: str,
    name: str,
    vendor: str,
    category: str,
    lastChecked: str,
    headline: segments,
    countWords: str,
    // `topic` is only the list's key in the page; `label` is what it shows.
    caveats: list(
      shape({ topic: str, label: str, status: oneOf(STATUSES), text: segments, checked: str, source: shape({ ...link, via: opt(str) }) }),
    ),
    org: opt(shape({ name: str, locked: bool, note: opt(shape({ text: str, level: oneOf(NOTE_LEVELS), url: opt(str) })) })),
  }),
  words: shape({ locale: str, strings, dates: strings }),
  view: shape({ panel: bool, startCollapsed: bool, alwaysExpanded: bool, stale: bool, corner: oneOf(CORNERS), theme: oneOf(THEMES) }),
  attention: shape({ firstVisit: bool, changes: list(shape({ date: str, text: str, fields: list(str), source: opt(shape(link)) })) }),
  // `risks` is not read in the page; the words it needs are in `caveat`.
  nudge: opt(
    shape({
      caveat: str,
      optOut: opt(str),
      kindWords: (v) => list(str)(v) && (v as string[]).length === SENSITIVE_KINDS.length,
      hold: opt(shape({ by: str, allowDismiss: bool, allowDisable: bool })),
    }),
  ),
}) as (v: unknown) => v is PanelReply;
