import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { seenChanges, seenVersion } from '@/utils/settings/visits';

/**
 * The data version recorded for a tool on this device (null: never visited; undefined: not read
 * yet), kept live: a panel's "Got it" or the popup's "Mark as seen" updates it.
 */
export function useSeen(toolId: string | undefined): string | null | undefined {
  const [state, setState] = useState<{ toolId: string; seen: string | null } | null>(null);
  useEffect(() => {
    if (!toolId) return;
    let live = true;
    const read = () => void seenVersion(toolId).then((seen) => live && setState({ toolId, seen }));
    read();
    const listener = (changes: Record<string, unknown>) => {
      if (seenChanges(changes).includes(toolId)) read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [toolId]);
  // Another tool's record never marks this one's log.
  return state && state.toolId === toolId ? state.seen : undefined;
}
