/**
 * English: the in-page panel. Keys under `panel.` (and `status.`) are what the background sends the
 * content script in the user's language, so the page carries no catalog (utils/i18n/panel-strings.ts):
 * keep them plain strings, placeholders allowed, no plural forms.
 */
export default {
  'panel.label': 'Caveat Lens: {name}',
  'panel.showCaveats': '— show caveats',
  'panel.changed': 'changed',
  'panel.sinceLastVisit': 'since your last visit',
  'panel.collapse': 'Collapse Caveat Lens',
  'panel.collapseTitle': 'Collapse (Esc)',
  'panel.stale': 'These facts were last checked on {date} — verify at the source.',
  'panel.via': '(official text, read via {copy})',
  'panel.checked': '· checked {date}',
  'panel.fullChecklist': 'Full checklist',
  'panel.hideForVisit': 'Hide for this visit',
  'panel.dontShow': 'Don’t show on this site',
  'panel.orgKeepsOn': '{org} keeps this panel on',
  'panel.englishFacts': 'Tool facts are written in English.',

  // "Changed since your last visit" (components/PanelChanges.tsx).
  'panel.changes.title': 'Changed since your last visit',
  'panel.changes.check': 'Check:',
  'panel.changes.gotIt': 'Got it',
  'panel.field.training': 'training',
  'panel.field.retention': 'retention',
  'panel.field.pricing': 'pricing',
  'panel.field.ownership': 'ownership',
  'panel.field.availability': 'availability',

  // The paste notice (components/PasteNotice.tsx).
  'panel.paste.title': 'That paste seems to contain {kinds}.',
  'panel.paste.and': '{list} and {last}',
  'panel.paste.optOut': 'Opt out:',
  'panel.paste.local': 'Checked on this page only: nothing was stored or sent.',
  'panel.paste.holdNotice': '{org} keeps this notice in view.',
  'panel.paste.holdCheck': '{org} keeps this check on.',
  'panel.paste.holdBoth': '{org} keeps this check on and this notice in view.',
  'panel.paste.dismiss': 'Dismiss',
  'panel.paste.mute': 'Don’t check pastes on this site',

  // The organisation's note (components/OrgNote.tsx), in the panel and the popup.
  'panel.org.info': 'Note',
  'panel.org.warning': 'Warning',
  'panel.org.blocked': 'Not approved',
  'panel.org.from': 'From {org}',
  'panel.org.head': 'From {org} · {level}',
  'panel.org.guidance': '{org}’s guidance',

  // Written by the background into the panel's data (utils/background/caveats.ts, nudge.ts, badge.ts).
  'topic.privacy': 'Training on your data',
  'topic.retention': 'Retention & review',
  'topic.pricing': 'Pricing',
  'topic.limits': 'Hallucinations',
  'topic.copyright': 'Copyright',
  'topic.security': 'Security',
  'caveat.retention': 'Retention: {text}',
  'caveat.humanReview': 'Human review: {text}',
  'headline.none': 'No risks or cautions found in the sources read',
  'nudge.training': '{tool} uses what you send to train its models unless you opt out.',
  'nudge.retention': '{tool} may keep what you send for a long time.',
  'nudge.review': 'People at {vendor} may read conversations.',
  'kind.api-key': 'an API key',
  'kind.token': 'an access token',
  'kind.private-key': 'a private key',
  'kind.connection-string': 'a password in a connection string',
  'kind.card': 'a payment card number',
  'kind.iban': 'a bank account number (IBAN)',
  'kind.emails': 'many e-mail addresses',
  'kind.phones': 'many phone numbers',
  'badge.title': 'Caveat Lens — {tool}: {count}',
  'badge.titleChanged': 'Caveat Lens — {tool}: {count} · changed since your last visit',
} as const;
