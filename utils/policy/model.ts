/**
 * The organisation's policy (browser-managed storage, set by an administrator) as data.
 * Read key by key and entry by entry: a bad entry costs only itself and is reported, an
 * absent policy changes nothing, and nothing here ever writes the user's own settings.
 * Pure — ./storage.ts reads browser.storage.managed. zod/mini: the popup parses this before
 * its first paint. The organisation's extra tools need the dataset's full schema, so they are
 * parsed by ./org-tools.ts, passed in (and loaded only when the policy has some).
 */
import * as z from 'zod/mini';
import type { Tool } from '@/data/schema';
import { NOTE_LEVELS, type NoteLevel, type NudgeHold, type PanelOrg } from '@/utils/panel/panel-data';
import { DEFAULTS, GLOBAL_KEYS, isRecord, readGlobalFields, type GlobalSettings } from '@/utils/settings/model';

/** Every key the policy may set; public/managed_schema.json declares the same (tests/unit/policy). */
export const POLICY_KEYS = ['orgName', 'notes', 'lockedTools', 'pasteNudge', 'defaults', 'lockedSettings', 'extraTools'] as const;

/** Caps on what one policy may hold: notes are read in a small panel, and a policy is not a data dump. */
export const LIMITS = {
  orgName: 80,
  noteText: 400,
  url: 2048,
  toolId: 64,
  /** Entries in `notes` and `lockedTools`. */
  entries: 300,
  extraTools: 50,
  /** Any text inside an extra tool. */
  toolText: 2000,
} as const;

export interface PolicyNote {
  text: string;
  level: NoteLevel;
  /** An https page with the organisation's guidance (its approved alternative, its AI policy). */
  url?: string;
}

export interface Policy {
  /** The policy sets at least one key (valid or not). */
  present: boolean;
  orgName?: string;
  /** By tool id (dataset or extra tool). */
  notes: Record<string, PolicyNote>;
  /** Tools whose panel the user cannot turn off. */
  lockedTools: string[];
  /** For the paste nudge: may the user dismiss it, and turn it off. */
  pasteNudge: { allowDismiss: boolean; allowDisable: boolean };
  /** The organisation's defaults for settings the user has not set. */
  defaults: Partial<GlobalSettings>;
  /** Settings the user cannot change: they keep the organisation's default (or the built-in one). */
  lockedSettings: Array<keyof GlobalSettings>;
  /** The organisation's own tools, validated against the dataset's schema. */
  tools: Tool[];
}

export interface ParsedPolicy {
  policy: Policy;
  /** One line per ignored or shortened entry, for the options page. */
  problems: string[];
}

export type ToolsParser = (raw: unknown, datasetIds: ReadonlySet<string>) => { tools: Tool[]; problems: string[] };

export const NO_POLICY: Policy = {
  present: false,
  notes: {},
  lockedTools: [],
  pasteNudge: { allowDismiss: true, allowDisable: true },
  defaults: {},
  lockedSettings: [],
  tools: [],
};

export const TOOL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const HttpsUrl = z.string().check(
  z.maxLength(LIMITS.url),
  z.refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' && u.username === '' && u.password === '';
    } catch {
      return false;
    }
  }),
);
const Note = z.object({ text: z.string(), level: z.enum(NOTE_LEVELS), url: z.optional(HttpsUrl) });

/** Trimmed text, shortened (with a problem) past `max` characters; undefined when empty. */
function clip(text: string, max: number, where: string, problems: string[]): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) {
    problems.push(`${where}: empty text; ignored`);
    return undefined;
  }
  if (t.length <= max) return t;
  problems.push(`${where}: longer than ${max} characters; shortened`);
  return `${t.slice(0, max - 1).trimEnd()}…`;
}

/** A short, printable form of a key the admin wrote, for problem lines (it may be huge or odd). */
function shown(key: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  const k = key.replace(/[\u0000-\u001f\u007f]/g, '?');
  return k.length > 40 ? `${k.slice(0, 39)}…` : k;
}

/** A tool id that exists; the problem says why not. */
function toolId(id: unknown, where: string, known: (id: string) => boolean, problems: string[]): string | undefined {
  if (typeof id !== 'string' || id.length > LIMITS.toolId || !TOOL_ID.test(id)) {
    problems.push(`${where}: not a tool id (lower-case letters, digits and hyphens); ignored`);
    return undefined;
  }
  if (!known(id)) {
    problems.push(`${where}: no tool “${id}” in Caveat Lens or in the policy’s extraTools; ignored`);
    return undefined;
  }
  return id;
}

function readNotes(raw: unknown, known: (id: string) => boolean, problems: string[]): Record<string, PolicyNote> {
  if (!isRecord(raw)) {
    problems.push('notes: expected an object of notes by tool id; ignored');
    return {};
  }
  const out: Record<string, PolicyNote> = {};
  const entries = Object.entries(raw);
  if (entries.length > LIMITS.entries) problems.push(`notes: more than ${LIMITS.entries} entries; the rest are ignored`);
  for (const [key, value] of entries.slice(0, LIMITS.entries)) {
    const where = `notes.${shown(key)}`;
    const id = toolId(key, where, known, problems);
    if (!id) continue;
    const r = Note.safeParse(value);
    if (!r.success) {
      const fields = [...new Set(r.error.issues.map((i) => i.path.join('.') || 'note'))].join(', ');
      problems.push(`${where}: invalid ${fields} (a note is { text, level: ${NOTE_LEVELS.join(' | ')}, url?: https://… }); ignored`);
      continue;
    }
    const text = clip(r.data.text, LIMITS.noteText, `${where}.text`, problems);
    if (text) out[id] = { text, level: r.data.level, ...(r.data.url ? { url: r.data.url } : {}) };
  }
  return out;
}

function readLockedTools(raw: unknown, known: (id: string) => boolean, problems: string[]): string[] {
  if (!Array.isArray(raw)) {
    problems.push('lockedTools: expected a list of tool ids; ignored');
    return [];
  }
  if (raw.length > LIMITS.entries) problems.push(`lockedTools: more than ${LIMITS.entries} entries; the rest are ignored`);
  const ids = raw.slice(0, LIMITS.entries).map((id, i) => toolId(id, `lockedTools[${i}]`, known, problems));
  return [...new Set(ids.filter((id) => id !== undefined))];
}

function readPasteNudge(raw: unknown, problems: string[]): Policy['pasteNudge'] {
  const out = { ...NO_POLICY.pasteNudge };
  if (!isRecord(raw)) {
    problems.push('pasteNudge: expected { allowDismiss, allowDisable }; ignored');
    return out;
  }
  for (const key of ['allowDismiss', 'allowDisable'] as const) {
    if (!(key in raw)) continue;
    if (typeof raw[key] === 'boolean') out[key] = raw[key];
    else problems.push(`pasteNudge.${key}: expected true or false; ignored`);
  }
  return out;
}

function readDefaults(raw: unknown, problems: string[]): Partial<GlobalSettings> {
  if (!isRecord(raw)) {
    problems.push('defaults: expected an object of settings; ignored');
    return {};
  }
  for (const key of Object.keys(raw))
    if (!(GLOBAL_KEYS as string[]).includes(key)) problems.push(`defaults.${shown(key)}: not a Caveat Lens setting; ignored`);
  const mine: string[] = [];
  const out = readGlobalFields(raw, 'defaults', mine);
  // readGlobalFields words it for the user's own storage; here the built-in default is simply kept.
  problems.push(...mine.map((p) => p.replace(/: invalid value, using the default$/, ': invalid value; ignored')));
  return out;
}

function readLockedSettings(raw: unknown, problems: string[]): Array<keyof GlobalSettings> {
  if (!Array.isArray(raw)) {
    problems.push('lockedSettings: expected a list of setting names; ignored');
    return [];
  }
  const out = new Set<keyof GlobalSettings>();
  raw.forEach((key, i) => {
    if (typeof key === 'string' && (GLOBAL_KEYS as string[]).includes(key)) out.add(key as keyof GlobalSettings);
    else problems.push(`lockedSettings[${i}]: not one of ${GLOBAL_KEYS.join(', ')}; ignored`);
  });
  return [...out];
}

/**
 * Raw managed storage → the policy and what was wrong with it. Never throws.
 * `parseTools` validates `extraTools` (./org-tools.ts); without it they are left out.
 */
export function parsePolicy(raw: unknown, datasetIds: ReadonlySet<string>, parseTools?: ToolsParser): ParsedPolicy {
  const problems: string[] = [];
  if (raw === undefined || raw === null || (isRecord(raw) && Object.keys(raw).length === 0)) return { policy: NO_POLICY, problems };
  if (!isRecord(raw)) return { policy: NO_POLICY, problems: ['the policy is not an object; ignored'] };

  for (const key of Object.keys(raw))
    if (!(POLICY_KEYS as readonly string[]).includes(key)) problems.push(`${shown(key)}: not a Caveat Lens policy setting; ignored`);

  const policy: Policy = { ...NO_POLICY, present: true };
  if (raw.extraTools !== undefined && parseTools) {
    const r = parseTools(raw.extraTools, datasetIds);
    policy.tools = r.tools;
    problems.push(...r.problems);
  }
  const orgIds = new Set(policy.tools.map((t) => t.id));
  const known = (id: string) => datasetIds.has(id) || orgIds.has(id);

  if (raw.orgName !== undefined) {
    if (typeof raw.orgName === 'string') {
      const name = clip(raw.orgName, LIMITS.orgName, 'orgName', problems);
      if (name) policy.orgName = name;
    } else problems.push('orgName: expected text; ignored');
  }
  if (raw.notes !== undefined) policy.notes = readNotes(raw.notes, known, problems);
  if (raw.lockedTools !== undefined) policy.lockedTools = readLockedTools(raw.lockedTools, known, problems);
  if (raw.pasteNudge !== undefined) policy.pasteNudge = readPasteNudge(raw.pasteNudge, problems);
  if (raw.defaults !== undefined) policy.defaults = readDefaults(raw.defaults, problems);
  if (raw.lockedSettings !== undefined) policy.lockedSettings = readLockedSettings(raw.lockedSettings, problems);
  return { policy, problems };
}

/** What the organisation's policy does to the user's global settings: its defaults, and the values it fixes. */
export interface ManagedSettings {
  /** Built-in defaults with the organisation's on top: what an unset field takes. */
  defaults: GlobalSettings;
  /** The locked fields and the value each is held at. */
  locked: Partial<GlobalSettings>;
}

/**
 * The settings the user cannot change: the locked ones, and the paste check when the organisation
 * does not allow turning it off (`pasteNudge.allowDisable: false`).
 */
export function heldSettings(policy: Pick<Policy, 'lockedSettings'> & Partial<Pick<Policy, 'pasteNudge'>>): Array<keyof GlobalSettings> {
  const held = new Set(policy.lockedSettings);
  if (policy.pasteNudge?.allowDisable === false) held.add('pasteNudge');
  return [...held];
}

export function managedSettings(
  policy: Pick<Policy, 'defaults' | 'lockedSettings'> & Partial<Pick<Policy, 'pasteNudge'>>,
): ManagedSettings {
  const defaults = { ...DEFAULTS, ...policy.defaults };
  // The paste check may not be turned off: it is on, whatever the defaults say.
  if (policy.pasteNudge?.allowDisable === false) defaults.pasteNudge = true;
  return { defaults, locked: Object.fromEntries(heldSettings(policy).map((k) => [k, defaults[k]])) as Partial<GlobalSettings> };
}

/** The same from raw managed storage, ignoring its problems (the options page reports them). For the settings layer. */
export function managedSettingsOf(raw: unknown): ManagedSettings {
  if (!isRecord(raw)) return managedSettings(NO_POLICY);
  const ignored: string[] = [];
  return managedSettings({
    defaults: raw.defaults === undefined ? {} : readDefaults(raw.defaults, ignored),
    lockedSettings: raw.lockedSettings === undefined ? [] : readLockedSettings(raw.lockedSettings, ignored),
    pasteNudge: raw.pasteNudge === undefined ? NO_POLICY.pasteNudge : readPasteNudge(raw.pasteNudge, ignored),
  });
}

/** How views name the organisation: its name, else `unnamed` ("your organisation", in the user's language). */
export function orgLabel(policy: Pick<Policy, 'orgName'>, unnamed: string): string {
  return policy.orgName ?? unnamed;
}

/** The panel's view of the policy for one tool; undefined when the policy says nothing about it. */
export function orgFor(policy: Policy, toolId: string, unnamed: string): PanelOrg | undefined {
  const note = policy.notes[toolId];
  const locked = isPanelLocked(policy, toolId);
  if (!note && !locked) return undefined;
  return { name: orgLabel(policy, unnamed), locked, ...(note ? { note } : {}) };
}

/** The user may not turn this tool's panel off: the tool is locked, or the panel setting is held on. */
export function isPanelLocked(policy: Pick<Policy, 'lockedTools' | 'lockedSettings' | 'defaults'>, toolId: string): boolean {
  return policy.lockedTools.includes(toolId) || (policy.lockedSettings.includes('panel') && { ...DEFAULTS, ...policy.defaults }.panel);
}

/** What the organisation forbids about the paste notice, for the panel reply; undefined when it forbids nothing. */
export function nudgeHoldFor(policy: Pick<Policy, 'orgName' | 'pasteNudge'>, unnamed: string): NudgeHold | undefined {
  const { allowDismiss, allowDisable } = policy.pasteNudge;
  return allowDismiss && allowDisable ? undefined : { by: orgLabel(policy, unnamed), allowDismiss, allowDisable };
}
