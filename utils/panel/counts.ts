/**
 * The one count of a tool's caveats: the pill, the toolbar badge and its title all read it,
 * over the same caveats the panel lists, so they cannot disagree. Pure; ships in the content script.
 */
import type { Status } from './panel-data';

export interface CaveatCount {
  risk: number;
  caution: number;
}

export function countCaveats(caveats: ReadonlyArray<{ status: Status }>): CaveatCount {
  let risk = 0;
  let caution = 0;
  for (const c of caveats) {
    if (c.status === 'risk') risk++;
    else if (c.status === 'caution') caution++;
  }
  return { risk, caution };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "1 risk, 4 cautions", "6 cautions", "no risks or cautions". */
export function countWords({ risk, caution }: CaveatCount): string {
  if (!risk && !caution) return 'no risks or cautions';
  return [risk && plural(risk, 'risk'), caution && plural(caution, 'caution')].filter(Boolean).join(', ');
}

/** Index of the caveat that matters most: the first risk, else the first caution (the list comes in topic order); -1 for none. */
export function mostImportant(caveats: ReadonlyArray<{ status: Status }>): number {
  const risk = caveats.findIndex((c) => c.status === 'risk');
  return risk >= 0 ? risk : caveats.findIndex((c) => c.status === 'caution');
}
