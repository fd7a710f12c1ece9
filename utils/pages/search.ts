/** Find tools by name, vendor or host. Pure. */
import { CATEGORIES } from '@/data/rows';
import type { Tool } from '@/data/schema';

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

export function searchTools(tools: readonly Tool[], query: string): Tool[] {
  const terms = norm(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return [...tools];
  return tools.filter((t) => {
    const hay = norm([t.name, t.vendor, t.id, t.category, ...t.match.map((r) => `${r.host}${r.path ?? ''}`)].join(' '));
    return terms.every((term) => hay.includes(term));
  });
}

/** Tools grouped by category, in the schema's category order, names sorted. */
export function byCategory(tools: readonly Tool[]): Array<[string, Tool[]]> {
  return CATEGORIES.map(
    (c) => [c, tools.filter((t) => t.category === c).sort((a, b) => a.name.localeCompare(b.name))] as [string, Tool[]],
  ).filter(([, list]) => list.length > 0);
}
