import type { EffectiveSettings } from '../utils/settings-model';

export interface SiteControlsProps {
  toolName: string;
  settings: EffectiveSettings;
  onChange(patch: { panel?: boolean; startCollapsed?: boolean }): void;
  error?: string;
}

/** Per-site switches for the tool on this tab. */
export function SiteControls({ toolName, settings, onChange, error }: SiteControlsProps) {
  return (
    <fieldset className="site-controls">
      <legend>On this site ({toolName})</legend>
      <label className="switch">
        <input type="checkbox" checked={settings.panel} onChange={(e) => onChange({ panel: e.currentTarget.checked })} />
        Show the panel on this site
      </label>
      <label className="switch">
        <input
          type="checkbox"
          checked={settings.startCollapsed}
          disabled={!settings.panel}
          onChange={(e) => onChange({ startCollapsed: e.currentTarget.checked })}
        />
        Start collapsed
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
