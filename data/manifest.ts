/**
 * Manifest match patterns derived from the dataset's rules — the only list of
 * hosts the extension has. Patterns are origin-wide (`/*`): a single-page site
 * can move from a non-AI path to an AI path without a page load, so the content
 * script runs on the whole host and matches the path at runtime.
 */
import type { MatchIndex } from './match.ts';

export function patternFor(host: string, subdomains: boolean): string {
  return `https://${subdomains ? '*.' : ''}${host}/*`;
}

/** Sorted, de-duplicated patterns covering every rule and nothing broader. */
export function matchPatterns(index: MatchIndex): string[] {
  return [...new Set(index.map(([, host, subdomains]) => patternFor(host, subdomains)))].sort();
}
