/**
 * The organisation's extra tools that can have a panel: their match index, which the background
 * derives from the policy and leaves in storage.local (utils/background/policy.ts). Read once
 * per page and checked with a typed guard (no schema library in the page).
 */
import { browser } from 'wxt/browser';
import type { MatchIndex } from '@/data/match';

export const ORG_MATCH_KEY = 'orgMatch';

/** [toolId, host, subdomains, path]: text but the third. */
const isEntry = (e: unknown) => Array.isArray(e) && e.length === 4 && e.every((x, i) => typeof x === (i === 2 ? 'boolean' : 'string'));

export const isMatchIndex = (v: unknown): v is MatchIndex => Array.isArray(v) && v.every(isEntry);

export async function readOrgMatch(): Promise<MatchIndex> {
  try {
    const v = (await browser.storage.local.get(ORG_MATCH_KEY))[ORG_MATCH_KEY];
    return isMatchIndex(v) ? v : [];
  } catch {
    return []; // extension reloaded under the page
  }
}
