/**
 * The one count of a tool's caveats: the pill (its words arrive in the panel reply), the toolbar
 * badge and its title all read it, over the same caveats the panel lists, so they cannot disagree.
 * Pure; counted in the background, so the page carries only the words.
 */
import type { Status } from '@/data/statuses';
import { EN, type I18n } from '@/utils/i18n/i18n';

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

/** The caveats' count in words: the pill and the badge's title say the same ("1 risk, 4 cautions", "no risks or cautions"). */
export function countWords({ risk, caution }: CaveatCount, i18n: I18n = EN): string {
  if (!risk && !caution) return i18n.t('count.none');
  const parts = [risk && i18n.t('count.risk', { count: risk }), caution && i18n.t('count.caution', { count: caution })];
  return i18n.units(parts.filter((p): p is string => !!p));
}

/** Index of the caveat that matters most: the first risk, else the first caution (the list comes in topic order); -1 for none. */
export function mostImportant(caveats: ReadonlyArray<{ status: Status }>): number {
  const risk = caveats.findIndex((c) => c.status === 'risk');
  return risk >= 0 ? risk : caveats.findIndex((c) => c.status === 'caution');
}
