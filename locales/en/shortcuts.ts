/** English: the options page's keyboard-shortcuts section (components/options/ShortcutsSection.tsx). */
export default {
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.unsupported': 'This browser has no keyboard shortcuts for extensions.',
  'shortcuts.reading': 'Reading the browser’s shortcuts…',
  'shortcuts.unavailable': 'The browser did not say which keys are set; its shortcuts page (below) lists them.',
  'shortcuts.action': 'Action',
  'shortcuts.shortcut': 'Shortcut',
  'shortcuts.notSet': 'Not set',
  'shortcuts.executeAction': 'Open the Caveat Lens toolbar popup',
  'shortcuts.explain':
    '“Show or hide” opens the panel in full, even on a site where you turned it off (for that visit only), and hides it for the rest of the visit. The keys belong to the browser: set or change them on its shortcuts page.',
  'shortcuts.firefoxPath': 'In Firefox: {path}.',
  'shortcuts.firefoxPathText': 'about:addons → the gear button (⚙) → Manage Extension Shortcuts',
  'shortcuts.firefoxOpen': 'Open Manage Extension Shortcuts',
  'shortcuts.chromePage':
    'The shortcuts page is at {address}. Web pages cannot link to it: open it with the button, or copy the address into the address bar.',
  'shortcuts.chromeOpen': 'Open the shortcuts page',
  'shortcuts.copy': 'Copy the address',
  'shortcuts.notOpened': 'The browser did not open it: go to {page}.',
  'shortcuts.copied': 'Copied {address}: paste it into the address bar.',
  'shortcuts.copyFailed': 'Could not copy: type {address} into the address bar.',
} as const;
