/** The settings' fixed choices, free of zod so the content script can use them without a schema library. */
export const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Corner = (typeof CORNERS)[number];
export type Theme = (typeof THEMES)[number];
