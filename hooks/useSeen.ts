import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { seenChanges, seenVersion } from '@/utils/settings/visits';

/** The data version recorded for a tool on this device, kept live (a panel's "Got it" updates it). */
export function useSeen(toolId: string | undefined): string | null | undefined {
  const [seen, setSeen] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!toolId) return;
    let live = true;
    const read = () => void seenVersion(toolId).then((v) => live && setSeen(v));
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
  return toolId ? seen : undefined;
}
