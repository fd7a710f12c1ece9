/**
 * The options page's list of keyboard shortcuts, from `browser.commands.getAll()`: checked at the
 * boundary, ours in the manifest's order with the browser's current key (null: not set).
 * The toolbar button's own command (`_execute_action`) is listed only once the user gave it a key.
 */
import * as z from 'zod/mini';
import { COMMANDS, type CommandName } from './manifest';

const BrowserCommand = z.object({
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  shortcut: z.optional(z.string()),
});
type BrowserCommand = z.infer<typeof BrowserCommand>;

export interface ShortcutRow {
  /** A command of ours, or the toolbar button's; the view words it in the user's language. */
  name: CommandName | typeof EXECUTE_ACTION;
  /** As the browser writes it (e.g. "Alt+Shift+L", "⌥⇧L" on a Mac); null when not set. */
  shortcut: string | null;
}

/** The toolbar button's command: the browser gives it no description. */
export const EXECUTE_ACTION = '_execute_action';

export const SHORTCUT_PAGES = {
  /** A web page cannot link to it; a tab the extension opens can (tabs.create), or the user types it. */
  chrome: 'chrome://extensions/shortcuts',
  /** Its shortcuts page has no address of its own: about:addons → ⚙ → Manage Extension Shortcuts (worded in the catalog). */
  firefox: 'about:addons',
} as const;

export function shortcutRows(raw: unknown): ShortcutRow[] {
  const parsed = z.array(BrowserCommand).safeParse(raw);
  const list: BrowserCommand[] = parsed.success ? parsed.data : [];
  const key = (name: string) => list.find((c) => c.name === name)?.shortcut?.trim() || null;
  const rows: ShortcutRow[] = (Object.keys(COMMANDS) as CommandName[]).map((name) => ({ name, shortcut: key(name) }));
  const action = key(EXECUTE_ACTION);
  if (action) rows.push({ name: EXECUTE_ACTION, shortcut: action });
  return rows;
}
