import type { ReactNode } from 'react';
import { NameList, RichMessage } from '@/components/RichMessage';
import { useWords } from '@/hooks/useI18n';
import { LANGUAGE_NAMES, LANGUAGES, type Language, type Locale } from '@/utils/i18n/locales';
import { startMode, startPatch, type GlobalSettings } from '@/utils/settings/model';
import { CORNERS, STALE_DAYS_MAX, STALE_DAYS_MIN, START_MODES, THEMES, type Corner, type Theme } from '@/utils/settings/values';

/** What an organisation's policy holds on this section. */
export interface DefaultsPolicy {
  /** How the organisation is named: its name, marked as one, or "your organisation" in the user's language. */
  by: ReactNode;
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
  /** The language "browser default" gives (resolveLocale of the browser's UI language), named in the choice. */
  browserLocale: Locale;
}

/** The settings every site starts from; those the organisation holds are disabled, with the reason beside them. */
export function DefaultsSection({ global, onSave, policy, browserLocale }: DefaultsSectionProps) {
  const { t } = useWords();
  const held = (key: keyof GlobalSettings) => policy?.locked.includes(key) ?? false;
  /** A held control is disabled and described by its note. */
  const lock = (key: keyof GlobalSettings) => (held(key) ? { disabled: true, 'aria-describedby': `managed-${key}` } : {});
  const note = (key: keyof GlobalSettings) =>
    policy &&
    held(key) && (
      <p id={`managed-${key}`} className="managed-note">
        <RichMessage
          k={key === 'pasteNudge' && policy.pasteKeptOn ? 'options.managed.pasteKeptOn' : 'options.managed.held'}
          params={{ org: policy.by }}
        />
      </p>
    );
  // The start mode is two stored switches: held when either is.
  const startHeld = held('startCollapsed') || held('alwaysExpanded');
  const startLockKey: keyof GlobalSettings = held('startCollapsed') ? 'startCollapsed' : 'alwaysExpanded';
  return (
    <section className="card" aria-labelledby="defaults">
      <h2 id="defaults">{t('options.defaults.heading')}</h2>
      <label className="field">
        <input type="checkbox" checked={global.panel} {...lock('panel')} onChange={(e) => onSave({ panel: e.currentTarget.checked })} />
        {t('options.defaults.panel')}
      </label>
      {note('panel')}
      {policy && policy.keptOn.length > 0 && !held('panel') && (
        <p className="managed-note">
          <RichMessage k="options.defaults.keptOn" params={{ org: policy.by, tools: <NameList names={policy.keptOn} /> }} />
        </p>
      )}
      <fieldset className="field-group" disabled={startHeld} {...(startHeld ? { 'aria-describedby': `managed-${startLockKey}` } : {})}>
        <legend>{t('options.defaults.start')}</legend>
        {START_MODES.map((mode) => (
          <label key={mode} className="field">
            <input type="radio" name="start" value={mode} checked={startMode(global) === mode} onChange={() => onSave(startPatch(mode))} />
            {t(`settings.start.${mode}`)}
            {mode === 'quiet' && <span className="muted"> {t('options.defaults.quietHint')}</span>}
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
        {t('options.defaults.paste')}
      </label>
      {note('pasteNudge')}
      <p className="muted">{t('options.defaults.pasteLocal')}</p>
      <label className="field">
        {t('options.defaults.corner')}
        <select value={global.corner} {...lock('corner')} onChange={(e) => onSave({ corner: e.currentTarget.value as Corner })}>
          {CORNERS.map((c) => (
            <option key={c} value={c}>
              {t(`settings.corner.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {note('corner')}
      <label className="field">
        <RichMessage
          k="options.defaults.stale"
          params={{
            days: (
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
            ),
          }}
        />
      </label>
      {note('staleDays')}
      <label className="field">
        {t('options.defaults.theme')}
        <select value={global.theme} {...lock('theme')} onChange={(e) => onSave({ theme: e.currentTarget.value as Theme })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`settings.theme.${theme}`)}
            </option>
          ))}
        </select>
      </label>
      {note('theme')}
      <label className="field">
        {t('options.defaults.language')}
        <select value={global.language} {...lock('language')} onChange={(e) => onSave({ language: e.currentTarget.value as Language })}>
          {LANGUAGES.map((l) =>
            l === 'auto' ? (
              <option key={l} value={l}>
                {t('settings.language.auto', { language: LANGUAGE_NAMES[browserLocale] })}
              </option>
            ) : (
              // Each language named in itself, so a reader of either finds theirs.
              <option key={l} value={l} lang={l} translate="no">
                {LANGUAGE_NAMES[l]}
              </option>
            ),
          )}
        </select>
      </label>
      {note('language')}
    </section>
  );
}
