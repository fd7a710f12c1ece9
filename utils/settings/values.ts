/** The settings' fixed choices and their words, free of zod so the content script can use them without a schema library. */
export const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Corner = (typeof CORNERS)[number];
export type Theme = (typeof THEMES)[number];
/** The staleness threshold's bounds, in days. */
export const STALE_DAYS_MIN = 1;
export const STALE_DAYS_MAX = 3650;

export const CORNER_LABEL: Record<Corner, string> = {
  'top-right': 'Top right',
  'top-left': 'Top left',
  'bottom-right': 'Bottom right',
  'bottom-left': 'Bottom left',
};
export const THEME_LABEL: Record<Theme, string> = { auto: 'Match the system', light: 'Light', dark: 'Dark' };
