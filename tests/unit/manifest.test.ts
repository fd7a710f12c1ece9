// One source of truth: the built manifest's hosts come from the dataset's rules, and no broader.
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX, TOOLS } from '@/data/catalogue';
import { matchPatterns, patternFor } from '@/data/manifest';

describe('match patterns', () => {
  const patterns = matchPatterns(MATCH_INDEX);

  it('cover every rule of every tool', () => {
    for (const t of TOOLS) for (const r of t.match) expect(patterns).toContain(patternFor(r.host, r.subdomains === true));
  });

  it('are never broader than a rule needs', () => {
    const needed = new Set(TOOLS.flatMap((t) => t.match.map((r) => patternFor(r.host, r.subdomains === true))));
    for (const p of patterns) {
      expect(needed.has(p)).toBe(true);
      expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
      expect(p).not.toContain('<all_urls>');
    }
  });
});
