/** Find tools by name, vendor, category or host. Pure. */
import { CATEGORIES } from '@/data/rows';
import type { Tool } from '@/data/schema';

export type Category = Tool['category'];

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * Tools with every word of `query` in their name, vendor, id, category or hosts. `categoryName`
 * gives the category as the active locale words it ("Imagen"), found beside the dataset's own word.
 */
export function searchTools(tools: readonly Tool[], query: string, categoryName?: (c: Category) => string): Tool[] {
  const terms = norm(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return [...tools];
  return tools.filter((t) => {
    const words = [t.name, t.vendor, t.id, t.category, categoryName?.(t.category) ?? '', ...t.match.map((r) => `${r.host}${r.path ?? ''}`)];
    const hay = norm(words.join(' '));
    return terms.every((term) => hay.includes(term));
  });
}

/** Tools grouped by category, in the schema's category order, names sorted. */
export function byCategory(tools: readonly Tool[]): Array<[Category, Tool[]]> {
  return CATEGORIES.map(
    (c) => [c, tools.filter((t) => t.category === c).sort((a, b) => a.name.localeCompare(b.name))] as [Category, Tool[]],
  ).filter(([, list]) => list.length > 0);
}
