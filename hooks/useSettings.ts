import { useEffect, useState } from 'react';
import { loadSettings, watchSettings, type LoadedSettings } from '@/utils/settings/storage';
import type { Theme } from '@/utils/settings/values';

/** Settings, kept live across every open extension page and tab. */
export function useSettings(): LoadedSettings | null {
  const [settings, setSettings] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** Applies the theme setting to an extension page (auto follows prefers-color-scheme in CSS). */
export function usePageTheme(theme: Theme | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'auto';
  }, [theme]);
}
