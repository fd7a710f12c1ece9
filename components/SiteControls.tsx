import type { EffectiveSettings } from '@/utils/settings/model';

export interface SiteControlsProps {
  toolName: string;
  /** The tool is the active tab's ("this site"), or one looked up from elsewhere. */
  onThisTab: boolean;
  settings: EffectiveSettings;
  onChange(patch: { panel?: boolean; startCollapsed?: boolean }): void;
  error?: string;
}

/** Per-site switches for a tool; they apply to its open tabs at once. */
export function SiteControls({ toolName, onThisTab, settings, onChange, error }: SiteControlsProps) {
  return (
    <fieldset className="site-controls">
      <legend>{onThisTab ? `On this site (${toolName})` : `On ${toolName}’s site`}</legend>
      <label className="switch">
        <input type="checkbox" checked={settings.panel} onChange={(e) => onChange({ panel: e.currentTarget.checked })} />
        Show the panel
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
