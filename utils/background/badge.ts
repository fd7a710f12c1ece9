/** What the toolbar button shows for a tab. Pure. */
import { riskCount } from '@/data/tool-facts';
import type { Tool } from '@/data/schema';

export interface BadgeState {
  text: string;
  title: string;
}

export const DEFAULT_TITLE = 'Caveat Lens';

export function badgeFor(tool: Tool | null): BadgeState {
  if (!tool) return { text: '', title: DEFAULT_TITLE };
  const risks = riskCount(tool);
  // A neutral dot, not a tick: no risk rows is not a clean bill of health.
  return { text: risks ? String(risks) : '•', title: `Caveat Lens — ${tool.name}: ${risks} caveats` };
}
