/**
 * English: the options page (entrypoints/options, components/options) and the settings' choices.
 * `settings.*` name the stored settings' fixed values (utils/settings/values.ts), wherever a view offers them.
 */
export default {
  // The settings' choices (utils/settings/values.ts).
  'settings.corner.top-right': 'Top right',
  'settings.corner.top-left': 'Top left',
  'settings.corner.bottom-right': 'Bottom right',
  'settings.corner.bottom-left': 'Bottom left',
  'settings.theme.auto': 'Match the system',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.start.quiet': 'In full on the first visit and after changes, otherwise as a pill',
  'settings.start.expanded': 'Always in full',
  'settings.start.collapsed': 'As a pill, except after changes',
  'settings.language.auto': 'Browser default ({language})',

  'options.title': 'Caveat Lens settings',
  'options.loading': 'Loading settings…',
  'options.storedProblems': 'Some stored settings were unreadable and were reset to their defaults; everything else was kept.',
  'options.syncError': 'Sync storage is full or unavailable; settings are saved on this device only.',
  /** How the page names an organisation whose policy gives no name. */

  // The status line: what the last action did.
  'options.status.saved': 'Saved.',
  'options.status.syncRefused': 'Could not save to sync storage; saved on this device instead.',
  'options.status.panelOn': 'Panel turned on for {name}.',
  'options.status.siteReset': '{name} reset to the defaults.',
  'options.status.allReset': 'All sites reset to the defaults.',
  'options.status.exported': 'Settings exported to {file}.',
  'options.status.imported': 'Imported settings from {file}.',
  // Why an import changed nothing (utils/settings/model.ts parseImport's codes).
  'options.import.json': 'This file is not valid JSON, so nothing was imported.',
  'options.import.format': 'This is not a Caveat Lens settings file, so nothing was imported.',
  'options.import.version': 'The file has no valid version number, so nothing was imported.',
  'options.import.newer':
    'The file was made by a newer version of Caveat Lens (settings v{version}); update the extension, then import it again.',
  'options.import.shape': 'The file’s settings are not in the expected shape, so nothing was imported.',
  'options.import.values': 'The file has invalid values ({problems}), so nothing was imported.',

  // The organisation's policy.
  'options.policy.invalidEntry': 'Your organisation’s policy has an invalid entry: {problem}',
  'options.policy.ignored': 'Caveat Lens ignores these entries and applies the rest of the policy. Your own settings are unchanged.',
  'options.policy.heading': 'Managed by {org}',
  'options.policy.intro': '{org} has set a policy for Caveat Lens. Settings it holds are marked below; the rest are yours to change.',
  'options.policy.notes': {
    one: 'Notes on {count} tool, shown first in the panel and the checklist: {tools}.',
    other: 'Notes on {count} tools, shown first in the panel and the checklist: {tools}.',
  },
  'options.policy.keptOn': 'The panel stays on for {tools}.',
  'options.policy.defaults': 'Its defaults apply to the settings you have not changed.',
  'options.policy.toolsHeading': 'Tools added by {org}',
  'options.policy.toolPanel': '— in-page panel on its site, and in the popup, compare and search',
  'options.policy.toolNoPanel': '— popup, compare and search only: Caveat Lens has no access to {hosts}, so no in-page panel there',

  // Defaults for every site.
  'options.defaults.heading': 'Defaults for every site',
  'options.defaults.panel': 'Show the in-page panel on AI tool sites',
  'options.defaults.keptOn': '{org} keeps the panel on for {tools}, whatever this setting.',
  'options.defaults.start': 'When the panel opens on a page',
  'options.defaults.quietHint': '(recommended: a card you see on every visit soon goes unread)',
  'options.defaults.paste':
    'Warn when something I paste into a tool that trains on it, keeps it long or lets people read it looks sensitive (API keys, passwords, card numbers, many e-mail addresses…)',
  'options.defaults.pasteLocal': 'The paste check runs on the page only; what you paste is never stored or sent anywhere.',
  'options.defaults.corner': 'Panel corner',
  'options.defaults.stale': 'Warn when facts are older than {days} days',
  'options.defaults.theme': 'Theme',
  'options.defaults.language': 'Language',
  'options.managed.held': 'Set by {org}’s policy; it cannot be changed here.',
  'options.managed.pasteKeptOn': '{org} keeps the paste check on; it cannot be turned off here.',

  // Per-site settings.
  'options.sites.heading': 'Per-site settings',
  'options.sites.empty': 'No site differs from the defaults. Change a site from the toolbar popup while you are on it.',
  'options.sites.panelOff': 'panel off',
  'options.sites.panelOn': 'panel on',
  'options.sites.pillOn': 'starts as a pill',
  'options.sites.pillOff': 'does not start as a pill',
  'options.sites.fullOn': 'always in full',
  'options.sites.fullOff': 'quiet',
  'options.sites.pasteOff': 'paste check off',
  'options.sites.pasteOn': 'paste check on',
  'options.sites.keptOnBy': '({org} keeps it on)',
  'options.sites.turnOn': 'Turn panel on',
  'options.sites.reset': 'Reset',
  'options.sites.resetAll': 'Reset all sites…',
  'options.sites.confirmLabel': 'Confirm reset',
  'options.sites.confirm': { one: 'Reset {count} site to the defaults?', other: 'Reset all {count} sites to the defaults?' },
  'options.sites.yes': 'Yes, reset all',
  'options.sites.cancel': 'Cancel',

  // Export and import.
  'options.backup.heading': 'Export and import',
  'options.backup.export': 'Export settings',
  'options.backup.import': 'Import settings…',
  'options.backup.file': 'Settings file to import',
  'options.backup.note': 'An import is checked first; a malformed or foreign file changes nothing.',

  // About the data.
  'options.about.heading': 'About the data',
  'options.about.date': 'Dataset date: {date}',
  'options.about.count': 'Tools indexed: {count}',
  'options.about.orgTools': {
    one: 'Plus {count} tool added by {org}, listed above: their facts come from {org}, not from this dataset.',
    other: 'Plus {count} tools added by {org}, listed above: their facts come from {org}, not from this dataset.',
  },
  'options.about.sources':
    'Every claim links to its source and the date it was checked. Nothing is fetched from the network: the data ships with the extension.',
  'options.about.open':
    'The data is open: {command} in the extension’s source code writes it as one JSON file, {file}, described by a JSON Schema, {schema}.',
  'options.about.compare': 'Compare tools side by side',
} as const;
