/**
 * The organisation's policy as the background sees it: parsed once per service-worker life
 * (again when the administrator changes it), its extra tools found by id and URL, and their
 * match index left in storage.local for the content script, which has no schema library.
 */
import { browser } from 'wxt/browser';
import { MATCH_INDEX, TOOLS_BY_ID } from '@/data/catalogue';
import { matchUrl, type MatchIndex } from '@/data/match';
import type { Tool } from '@/data/schema';
import { ORG_MATCH_KEY } from '@/utils/panel/org-match';
import { orgMatchIndex } from '@/utils/policy/org-match';
import { parsePolicy, type Policy } from '@/utils/policy/model';
import { parseOrgTools } from '@/utils/policy/org-tools';
import { readManaged } from '@/utils/policy/storage';

const DATASET_IDS: ReadonlySet<string> = new Set(TOOLS_BY_ID.keys());
let cached: Promise<Policy> | undefined;

export function currentPolicy(): Promise<Policy> {
  return (cached ??= readManaged().then((raw) => parsePolicy(raw, DATASET_IDS, parseOrgTools).policy));
}

/** The administrator changed the policy: read it again on next use. */
export function forgetPolicy(): void {
  cached = undefined;
}

/** A tool of the dataset, else one of the organisation's. */
export function findTool(policy: Policy, id: string): Tool | undefined {
  return TOOLS_BY_ID.get(id) ?? policy.tools.find((t) => t.id === id);
}

/** The tool a URL belongs to: the most specific rule wins; on a tie the dataset's. */
export function toolForUrl(policy: Policy, url: string): Tool | null {
  const id = matchUrl(policy.tools.length ? [...MATCH_INDEX, ...orgMatchIndex(policy.tools, MATCH_INDEX)] : MATCH_INDEX, url);
  return id ? (findTool(policy, id) ?? null) : null;
}

/** Leaves the organisation's reachable match rules where the content script reads them; writes only on change. */
export async function syncOrgMatch(): Promise<void> {
  const index: MatchIndex = orgMatchIndex((await currentPolicy()).tools, MATCH_INDEX);
  const stored = (await browser.storage.local.get(ORG_MATCH_KEY))[ORG_MATCH_KEY];
  if (JSON.stringify(stored ?? []) === JSON.stringify(index)) return;
  if (index.length) await browser.storage.local.set({ [ORG_MATCH_KEY]: index });
  else await browser.storage.local.remove(ORG_MATCH_KEY);
}
