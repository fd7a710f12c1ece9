/**
 * The only module that reads browser.storage.managed: the policy an administrator set for the
 * extension (Chrome: 3rdparty extension policy checked against public/managed_schema.json;
 * Firefox: policies.json `3rdparty.Extensions.<id>`). Reading never throws: no policy is `{}`.
 */
import { browser } from 'wxt/browser';
import { isRecord } from '@/utils/settings/model';
import { parsePolicy, type ParsedPolicy } from './model';

type ManagedArea = { get(keys?: null): Promise<Record<string, unknown>> };

export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    const area = (browser.storage as { managed?: ManagedArea }).managed;
    const raw = area ? await area.get() : {};
    return isRecord(raw) ? raw : {};
  } catch {
    // Firefox rejects when no policy names the extension; some browsers have no managed area.
    return {};
  }
}

/** The parsed policy; the extra tools' validator (full zod) is fetched only when the policy has some. */
export async function loadPolicy(datasetIds: ReadonlySet<string>): Promise<ParsedPolicy> {
  const raw = await readManaged();
  const parseTools = raw.extraTools !== undefined ? (await import('./org-tools')).parseOrgTools : undefined;
  return parsePolicy(raw, datasetIds, parseTools);
}

/** Calls `cb` when the administrator changes the policy (Chrome re-reads policies while running). Returns unsubscribe. */
export function watchPolicy(cb: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
