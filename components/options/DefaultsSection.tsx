import { startMode, startPatch, type GlobalSettings } from '@/utils/settings/model';
import {
  CORNER_LABEL,
  CORNERS,
  STALE_DAYS_MAX,
  STALE_DAYS_MIN,
  START_LABEL,
  START_MODES,
  THEME_LABEL,
  THEMES,
  type Corner,
  type Theme,
} from '@/utils/settings/values';

/** What an organisation's policy holds on this section. */
export interface DefaultsPolicy {
  /** How the organisation is named (orgLabel). */
  by: string;
  /** Settings the user cannot change here. */
  locked: ReadonlyArray<keyof GlobalSettings>;
  /** Names of the tools whose panel the organisation keeps on, whatever the panel setting. */
  keptOn: readonly string[];
  /** The organisation does not allow turning the paste check off (policy pasteNudge.allowDisable: false). */
  pasteKeptOn?: boolean;
}

export interface DefaultsSectionProps {
  global: GlobalSettings;
  onSave(patch: Partial<GlobalSettings>): void;
  /** Absent: no policy, every setting is the user's. */
  policy?: DefaultsPolicy;
}

/** The settings every site starts from; those the organisation holds are disabled, with the reason beside them. */
export function DefaultsSection({ global, onSave, policy }: DefaultsSectionProps) {
  const held = (key: keyof GlobalSettings) => policy?.locked.includes(key) ?? false;
  /** A held control is disabled and described by its note. */
  const lock = (key: keyof GlobalSettings) => (held(key) ? { disabled: true, 'aria-describedby': `managed-${key}` } : {});
  const note = (key: keyof GlobalSettings) =>
    policy &&
    held(key) && (
      <p id={`managed-${key}`} className="managed-note">
        {key === 'pasteNudge' && policy.pasteKeptOn
          ? `${policy.by} keeps the paste check on; it cannot be turned off here.`
          : `Set by ${policy.by}’s policy; it cannot be changed here.`}
      </p>
    );
  // The start mode is two stored switches: held when either is.
  const startHeld = held('startCollapsed') || held('alwaysExpanded');
  const startLockKey: keyof GlobalSettings = held('startCollapsed') ? 'startCollapsed' : 'alwaysExpanded';
  return (
    <section className="card" aria-labelledby="defaults">
      <h2 id="defaults">Defaults for every site</h2>
      <label className="field">
        <input type="checkbox" checked={global.panel} {...lock('panel')} onChange={(e) => onSave({ panel: e.currentTarget.checked })} />
        Show the in-page panel on AI tool sites
      </label>
      {note('panel')}
      {policy && policy.keptOn.length > 0 && !held('panel') && (
        <p className="managed-note">
          {policy.by} keeps the panel on for {policy.keptOn.join(', ')}, whatever this setting.
        </p>
      )}
      <fieldset className="field-group" disabled={startHeld} {...(startHeld ? { 'aria-describedby': `managed-${startLockKey}` } : {})}>
        <legend>When the panel opens on a page</legend>
        {START_MODES.map((mode) => (
          <label key={mode} className="field">
            <input type="radio" name="start" value={mode} checked={startMode(global) === mode} onChange={() => onSave(startPatch(mode))} />
            {START_LABEL[mode]}
            {mode === 'quiet' && <span className="muted"> (recommended: a card you see on every visit soon goes unread)</span>}
          </label>
        ))}
      </fieldset>
      {startHeld && note(startLockKey)}
      <label className="field">
        <input
          type="checkbox"
          checked={global.pasteNudge}
          {...lock('pasteNudge')}
          onChange={(e) => onSave({ pasteNudge: e.currentTarget.checked })}
        />
        Warn when something I paste into a tool that trains on it, keeps it long or lets people read it looks sensitive (API keys,
        passwords, card numbers, many e-mail addresses…)
      </label>
      {note('pasteNudge')}
      <p className="muted">The paste check runs on the page only; what you paste is never stored or sent anywhere.</p>
      <label className="field">
        Panel corner
        <select value={global.corner} {...lock('corner')} onChange={(e) => onSave({ corner: e.currentTarget.value as Corner })}>
          {CORNERS.map((c) => (
            <option key={c} value={c}>
              {CORNER_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
      {note('corner')}
      <label className="field">
        Warn when facts are older than
        <input
          type="number"
          min={STALE_DAYS_MIN}
          max={STALE_DAYS_MAX}
          value={global.staleDays}
          {...lock('staleDays')}
          onChange={(e) => {
            const n = e.currentTarget.valueAsNumber;
            if (Number.isInteger(n) && n >= STALE_DAYS_MIN && n <= STALE_DAYS_MAX) onSave({ staleDays: n });
          }}
          style={{ width: '6em' }}
        />
        days
      </label>
      {note('staleDays')}
      <label className="field">
        Theme
        <select value={global.theme} {...lock('theme')} onChange={(e) => onSave({ theme: e.currentTarget.value as Theme })}>
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      {note('theme')}
    </section>
  );
}
