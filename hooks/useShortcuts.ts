import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { shortcutRows, type ShortcutRow } from '@/utils/commands/shortcuts';

/**
 * The extension's keyboard shortcuts as the browser has them now: null while reading,
 * 'unavailable' if the browser would not say. Read again when the page comes back into view,
 * as after changing a key on the browser's shortcuts page in another tab.
 */
export function useShortcuts(): ShortcutRow[] | null | 'unavailable' {
  const [rows, setRows] = useState<ShortcutRow[] | null | 'unavailable'>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void browser.commands.getAll().then(
        (all) => live && setRows(shortcutRows(all)),
        () => live && setRows('unavailable'),
      );
    const onVisible = () => document.visibilityState === 'visible' && load();
    load();
    window.addEventListener('focus', load);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      window.removeEventListener('focus', load);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return rows;
}
