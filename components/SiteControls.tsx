import { START_MODES, startMode, startPatch, type EffectiveSettings, type StartMode } from '@/utils/settings/model';

export const START_LABEL: Record<StartMode, string> = {
  quiet: 'In full on the first visit and after changes, otherwise as a pill',
  expanded: 'Always in full',
  collapsed: 'As a pill, except after changes',
};

export type SitePatch = Partial<Pick<EffectiveSettings, 'panel' | 'startCollapsed' | 'alwaysExpanded' | 'pasteNudge'>>;

export interface SiteControlsProps {
  toolName: string;
  /** The tool is the active tab's ("this site"), or one looked up from elsewhere. */
  onThisTab: boolean;
  settings: EffectiveSettings;
  onChange(patch: SitePatch): void;
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
        The panel opens
        <select
          value={startMode(settings)}
          disabled={!settings.panel}
          onChange={(e) => onChange(startPatch(e.currentTarget.value as StartMode))}
        >
          {START_MODES.map((m) => (
            <option key={m} value={m}>
              {START_LABEL[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="switch">
        <input
          type="checkbox"
          checked={settings.pasteNudge}
          disabled={!settings.panel}
          onChange={(e) => onChange({ pasteNudge: e.currentTarget.checked })}
        />
        Warn when a paste looks sensitive
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
