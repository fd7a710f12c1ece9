import { useEffect, useState } from 'react';
import matchIndex from 'virtual:caveat-lens/match-index';
import type { ParsedPolicy } from '@/utils/policy/model';
import { loadPolicy, watchPolicy } from '@/utils/policy/storage';

/** Every dataset tool has at least one match rule, so the compact index names them all. */
export const DATASET_IDS: ReadonlySet<string> = new Set(matchIndex.map((e) => e[0]));

/** The organisation's policy, parsed (null while loading), kept live if the administrator changes it. */
export function usePolicy(): ParsedPolicy | null {
  const [policy, setPolicy] = useState<ParsedPolicy | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void loadPolicy(DATASET_IDS).then((p) => live && setPolicy(p));
    load();
    const unwatch = watchPolicy(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return policy;
}
