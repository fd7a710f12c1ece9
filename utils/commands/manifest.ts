/**
 * The keyboard commands, in one place: the manifest's `commands` (wxt.config.ts), the background's
 * handler and the options page's list all read this. Plain data, no imports: the config loads it at
 * build time. The descriptions are the browser's labels on its shortcuts page; they become
 * `__MSG_…__` keys when the extension is localized.
 */
export const COMMANDS = {
  'toggle-panel': {
    suggested_key: { default: 'Alt+Shift+L' },
    description: 'Show or hide the panel on this page',
  },
  'open-checklist': {
    // Not Alt+Shift+C: Chromium on Linux leaves that suggestion unassigned (checked in tests/e2e/commands.spec.ts).
    suggested_key: { default: 'Alt+Shift+K' },
    description: 'Open the full checklist for this page’s tool',
  },
} as const;

export type CommandName = keyof typeof COMMANDS;

export const isCommandName = (name: unknown): name is CommandName => typeof name === 'string' && Object.hasOwn(COMMANDS, name);
