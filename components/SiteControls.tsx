import { useId } from 'react';
import type { EffectiveSettings } from '@/utils/settings/model';

export interface SiteControlsProps {
  toolName: string;
  /** The tool is the active tab's ("this site"), or one looked up from elsewhere. */
  onThisTab: boolean;
  settings: EffectiveSettings;
  onChange(patch: { panel?: boolean; startCollapsed?: boolean }): void;
  error?: string;
  /** Switches the organisation's policy holds, with the reason shown beside them. */
  managed?: { panel?: string; startCollapsed?: string };
}

/** Per-site switches for a tool; they apply to its open tabs at once. */
export function SiteControls({ toolName, onThisTab, settings, onChange, error, managed = {} }: SiteControlsProps) {
  const id = useId();
  return (
    <fieldset className="site-controls">
      <legend>{onThisTab ? `On this site (${toolName})` : `On ${toolName}’s site`}</legend>
      <label className="switch">
        <input
          type="checkbox"
          checked={settings.panel}
          disabled={!!managed.panel}
          aria-describedby={managed.panel ? `${id}-panel` : undefined}
          onChange={(e) => onChange({ panel: e.currentTarget.checked })}
        />
        Show the panel
      </label>
      {managed.panel && (
        <p id={`${id}-panel`} className="managed-note">
          {managed.panel}
        </p>
      )}
      <label className="switch">
        <input
          type="checkbox"
          checked={settings.startCollapsed}
          disabled={!settings.panel || !!managed.startCollapsed}
          aria-describedby={managed.startCollapsed ? `${id}-collapsed` : undefined}
          onChange={(e) => onChange({ startCollapsed: e.currentTarget.checked })}
        />
        Start collapsed
      </label>
      {managed.startCollapsed && (
        <p id={`${id}-collapsed`} className="managed-note">
          {managed.startCollapsed}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
