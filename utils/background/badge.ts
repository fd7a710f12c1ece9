/** What the toolbar button shows for a tab. Pure. */
import { riskWords } from '@/data/statuses';
import { riskCount } from '@/data/tool-facts';
import type { Tool } from '@/data/schema';

export interface BadgeState {
  text: string;
  title: string;
  /** The badge's background: the palette's risk red (components/palette.css, light --risk-fg), grey for the dot. */
  color: string;
}

export const DEFAULT_TITLE = 'Caveat Lens';
export const BADGE_RISK = '#a4161a';
export const BADGE_NEUTRAL = '#5f6368';

export function badgeFor(tool: Tool | null): BadgeState {
  if (!tool) return { text: '', title: DEFAULT_TITLE, color: BADGE_NEUTRAL };
  const risks = riskCount(tool);
  // A neutral dot, not a tick: no risk rows is not a clean bill of health.
  return { text: risks ? String(risks) : '•', title: `Caveat Lens — ${tool.name}: ${riskWords(risks)}`, color: risks ? BADGE_RISK : BADGE_NEUTRAL };
}
