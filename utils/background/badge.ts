/** What the toolbar button shows for a tab. Pure. */
import type { Tool } from '@/data/schema';
import { countCaveats, countWords } from '@/utils/panel/counts';
import { caveatsFor } from './caveats';

export interface BadgeState {
  text: string;
  title: string;
  /** Badge background: risk red, caution amber, otherwise grey. */
  color: string;
}

export const DEFAULT_TITLE = 'Caveat Lens';
const COLOR = { risk: '#a4161a', caution: '#8a5300', none: '#5f6368' } as const;

/**
 * The same count as the panel's pill, over the same caveats. `changed`: a watched fact changed
 * since the user's last visit; a dot after the number says so.
 */
export function badgeFor(tool: Tool | null, changed = false): BadgeState {
  if (!tool) return { text: '', title: DEFAULT_TITLE, color: COLOR.none };
  const count = countCaveats(caveatsFor(tool));
  const total = count.risk + count.caution;
  // A neutral dot, not a tick, when nothing is flagged: no caveat is not a clean bill of health.
  const text = `${total || (changed ? '' : '•')}${changed ? '•' : ''}`;
  const title = `${DEFAULT_TITLE} — ${tool.name}: ${countWords(count)}${changed ? ' · changed since your last visit' : ''}`;
  return { text, title, color: count.risk ? COLOR.risk : count.caution ? COLOR.caution : COLOR.none };
}
