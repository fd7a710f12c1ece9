import { useEffect, useState } from 'react';
import type { Theme } from '@/utils/settings/values';

const DARK = '(prefers-color-scheme: dark)';

/** The theme setting resolved to light or dark; "auto" follows the system and its changes. */
export function useTheme(setting: Theme): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.(DARK).matches ?? false);
  useEffect(() => {
    if (setting !== 'auto' || !window.matchMedia) return;
    const query = window.matchMedia(DARK);
    const onChange = () => setSystemDark(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [setting]);
  return setting === 'auto' ? (systemDark ? 'dark' : 'light') : setting;
}
