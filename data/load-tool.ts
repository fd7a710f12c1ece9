/**
 * One tool's data on demand, each tool its own chunk: the popup paints the current tool
 * without parsing the whole dataset first (measured by `npm run bench`). Vite-only
 * (import.meta.glob); build scripts and the background use the catalogue.
 */
import type { Tool } from './schema.ts';

const FILES = import.meta.glob<{ default: Tool }>(['./tools/*.ts', '!./tools/index.ts']);

export async function loadTool(id: string): Promise<Tool | undefined> {
  const load = FILES[`./tools/${id}.ts`];
  return load ? (await load()).default : undefined;
}

/** The whole catalogue, for search, alternatives and compare: loaded after the first paint. */
export function loadCatalogue() {
  return import('./catalogue.ts');
}
