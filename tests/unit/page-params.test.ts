// The extension pages' addresses: what one page builds, the other reads back.
import { describe, expect, it } from 'vitest';
import { checklistPath, compareSearch, comparePath, MAX_COMPARE, toolParam, toolsParam } from '@/utils/pages/page-params';

const searchOf = (path: string) => new URL(path, 'chrome-extension://id').search;

describe('page addresses', () => {
  it.each(['chatgpt', 'github-copilot', 'a tool&with=odd?chars', ''])('the checklist for %j opens the popup on that tool', (id) => {
    const path = checklistPath(id);
    expect(path.startsWith('/popup.html?tool=')).toBe(true);
    expect(toolParam(searchOf(path))).toBe(id);
  });

  it('the popup without ?tool= is not a tool', () => {
    expect(toolParam('')).toBeNull();
  });

  it('compare: the ids picked come back in order, none gives the plain page', () => {
    expect(comparePath(['chatgpt', 'claude'])).toBe('/compare.html?tools=chatgpt,claude');
    expect(toolsParam(searchOf(comparePath(['chatgpt', 'claude', 'gemini'])))).toEqual(['chatgpt', 'claude', 'gemini']);
    expect(comparePath()).toBe('/compare.html');
    expect(compareSearch([])).toBe('');
    expect(toolsParam(searchOf(comparePath()))).toEqual([]);
  });

  it('compare reads at most three distinct ids, ignoring blanks', () => {
    expect(MAX_COMPARE).toBe(3);
    expect(toolsParam('?tools=a,,b,a, c ,d')).toEqual(['a', 'b', 'c']);
  });
});
