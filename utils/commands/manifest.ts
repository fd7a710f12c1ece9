/**
 * The keyboard commands, in one place: the manifest's `commands` (wxt.config.ts), the background's
 * handler and the options page's list all read this. Plain data, no imports: the config loads it at
 * build time. The descriptions are the browser's labels on its shortcuts page, in the browser's
 * language from _locales (catalog keys `manifest.cmd…`, modules/locales.ts).
 */
export const COMMANDS = {
  'toggle-panel': {
    suggested_key: { default: 'Alt+Shift+L' },
    description: '__MSG_cmdTogglePanel__',
  },
  'open-checklist': {
    // Not Alt+Shift+C: Chromium on Linux leaves that suggestion unassigned (checked in tests/e2e/commands.spec.ts).
    suggested_key: { default: 'Alt+Shift+K' },
    description: '__MSG_cmdOpenChecklist__',
  },
} as const;

export type CommandName = keyof typeof COMMANDS;

/** The catalog key of a command's label: `__MSG_cmdTogglePanel__` → `manifest.cmdTogglePanel`. */
type MessageName<S> = S extends `__MSG_${infer N}__` ? N : never;
export const commandMessageKey = (name: CommandName) =>
  `manifest.${COMMANDS[name].description.slice(6, -2)}` as `manifest.${MessageName<(typeof COMMANDS)[CommandName]['description']>}`;

export const isCommandName = (name: unknown): name is CommandName => typeof name === 'string' && Object.hasOwn(COMMANDS, name);
