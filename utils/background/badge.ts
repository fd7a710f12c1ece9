/** What the toolbar button shows for a tab. Pure. */
import type { Tool } from '@/data/schema';
import { EN, type I18n } from '@/utils/i18n/i18n';
import { countCaveats, countWords } from './counts';
import { caveatsFor } from './caveats';

export interface BadgeState {
  text: string;
  title: string;
  /** The badge's background: the palette's risk red or caution amber (components/palette.css, light --risk-fg / --caution-fg), else grey. */
  color: string;
}

export const DEFAULT_TITLE = 'Caveat Lens';
export const BADGE_RISK = '#a4161a';
export const BADGE_CAUTION = '#7a4b00';
export const BADGE_NEUTRAL = '#5f6368';

/**
 * The same count as the panel's pill, over the same caveats, in the same words (data/statuses.ts).
 * `changed`: a watched fact changed since the user's last visit; a dot after the number says so.
 */
export function badgeFor(tool: Tool | null, changed = false, i18n: I18n = EN): BadgeState {
  if (!tool) return { text: '', title: DEFAULT_TITLE, color: BADGE_NEUTRAL };
  const count = countCaveats(caveatsFor(tool, i18n));
  const total = count.risk + count.caution;
  // A neutral dot, not a tick, when nothing is flagged: no caveat is not a clean bill of health.
  const text = `${total || (changed ? '' : '•')}${changed ? '•' : ''}`;
  const title = i18n.t(changed ? 'badge.titleChanged' : 'badge.title', { tool: tool.name, count: countWords(count, i18n) });
  return { text, title, color: count.risk ? BADGE_RISK : count.caution ? BADGE_CAUTION : BADGE_NEUTRAL };
}
