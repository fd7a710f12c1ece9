/** The settings' fixed choices and their words, free of zod so the content script can use them without a schema library. */
export const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Corner = (typeof CORNERS)[number];
export type Theme = (typeof THEMES)[number];
/** The staleness threshold's bounds, in days. */
export const STALE_DAYS_MIN = 1;
export const STALE_DAYS_MAX = 3650;

// The choices' words are in the catalogs: `settings.corner.<corner>`, `settings.theme.<theme>`, `settings.start.<mode>`.

/**
 * How the panel starts, as the views offer it (model.ts maps it to the two stored switches):
 *   quiet     in full on the first visit and after changes, otherwise the pill (the default)
 *   expanded  in full on every visit (the behaviour before "quiet")
 *   collapsed the pill, except after changes
 */
export const START_MODES = ['quiet', 'expanded', 'collapsed'] as const;
export type StartMode = (typeof START_MODES)[number];
