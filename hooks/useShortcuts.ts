import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { shortcutRows, type ShortcutRow } from '@/utils/commands/shortcuts';

export type Shortcuts = ShortcutRow[] | null | 'unavailable' | 'unsupported';

/**
 * The extension's keyboard shortcuts as the browser has them now: null while reading,
 * 'unavailable' if the browser would not say, 'unsupported' where it has no commands API at all
 * (Firefox for Android). Read again when the page comes back into view, as after changing a key
 * on the browser's shortcuts page in another tab.
 */
export function useShortcuts(): Shortcuts {
  const [rows, setRows] = useState<Shortcuts>(() => ((browser.commands as typeof browser.commands | undefined) ? null : 'unsupported'));
  useEffect(() => {
    if (!(browser.commands as typeof browser.commands | undefined)) return;
    let live = true;
    const load = () =>
      // In a promise: an API that throws instead of rejecting is "unavailable" too.
      void Promise.resolve()
        .then(() => browser.commands.getAll())
        .then(
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
