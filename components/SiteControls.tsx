import { useId } from 'react';
import { useWords } from '@/hooks/useI18n';
import { startMode, startPatch, type EffectiveSettings } from '@/utils/settings/model';
import { START_MODES, type StartMode } from '@/utils/settings/values';

export type SitePatch = Partial<Pick<EffectiveSettings, 'panel' | 'startCollapsed' | 'alwaysExpanded' | 'pasteNudge'>>;

/** The controls the organisation's policy holds, each with the reason shown beside it. */
export interface SiteLocks {
  panel?: string;
  /** How the panel opens (startCollapsed / alwaysExpanded). */
  start?: string;
  pasteNudge?: string;
}

export interface SiteControlsProps {
  toolName: string;
  /** The tool is the active tab's ("this site"), or one looked up from elsewhere. */
  onThisTab: boolean;
  settings: EffectiveSettings;
  onChange(patch: SitePatch): void;
  error?: string;
  managed?: SiteLocks;
}

/** Per-site switches for a tool; they apply to its open tabs at once. */
export function SiteControls({ toolName, onThisTab, settings, onChange, error, managed = {} }: SiteControlsProps) {
  const { t } = useWords();
  const id = useId();
  /** A held control is disabled and described by its reason. */
  const held = (key: keyof SiteLocks) => (managed[key] ? { 'aria-describedby': `${id}-${key}` } : {});
  const reason = (key: keyof SiteLocks) =>
    managed[key] && (
      <p id={`${id}-${key}`} className="managed-note">
        {managed[key]}
      </p>
    );
  return (
    <fieldset className="site-controls">
      <legend>{t(onThisTab ? 'popup.site.thisSite' : 'popup.site.toolSite', { tool: toolName })}</legend>
      <label className="switch">
        <input
          type="checkbox"
          checked={settings.panel}
          disabled={!!managed.panel}
          {...held('panel')}
          onChange={(e) => onChange({ panel: e.currentTarget.checked })}
        />
        {t('popup.site.panel')}
      </label>
      {reason('panel')}
      <label className="switch">
        {t('popup.site.opens')}
        <select
          value={startMode(settings)}
          disabled={!settings.panel || !!managed.start}
          {...held('start')}
          onChange={(e) => onChange(startPatch(e.currentTarget.value as StartMode))}
        >
          {START_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`settings.start.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {reason('start')}
      <label className="switch">
        <input
          type="checkbox"
          checked={settings.pasteNudge}
          disabled={!settings.panel || !!managed.pasteNudge}
          {...held('pasteNudge')}
          onChange={(e) => onChange({ pasteNudge: e.currentTarget.checked })}
        />
        {t('popup.site.paste')}
      </label>
      {reason('pasteNudge')}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
