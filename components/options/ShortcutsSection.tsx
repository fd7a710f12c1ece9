import { useWords } from '@/hooks/useI18n';
import type { Shortcuts } from '@/hooks/useShortcuts';
import { commandMessageKey } from '@/utils/commands/manifest';
import type { BrowserKind } from '@/utils/commands/open-shortcuts';
import { EXECUTE_ACTION, SHORTCUT_PAGES } from '@/utils/commands/shortcuts';

export interface ShortcutsSectionProps {
  /** The browser's current keys (hooks/useShortcuts.ts). */
  rows: Shortcuts;
  browser: BrowserKind;
  /** Opens the browser's shortcuts page (the page reports a refusal). */
  onOpenSettings(): void;
  /** Copies chrome://extensions/shortcuts (Chrome: the address bar is the other way in). */
  onCopyAddress(): void;
}

/** The keyboard shortcuts: what each does, its key now, and where the browser lets the user change it. */
export function ShortcutsSection({ rows, browser, onOpenSettings, onCopyAddress }: ShortcutsSectionProps) {
  const { t } = useWords();
  if (rows === 'unsupported')
    return (
      <section className="card" aria-labelledby="shortcuts">
        <h2 id="shortcuts">{t('shortcuts.title')}</h2>
        <p className="muted">{t('shortcuts.unsupported')}</p>
      </section>
    );
  return (
    <section className="card" aria-labelledby="shortcuts">
      <h2 id="shortcuts">{t('shortcuts.title')}</h2>
      {rows === null ? (
        <p className="muted">{t('shortcuts.reading')}</p>
      ) : rows === 'unavailable' ? (
        <p className="error">{t('shortcuts.unavailable')}</p>
      ) : (
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.action')}</th>
              <th scope="col">{t('shortcuts.shortcut')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <td>{t(r.name === EXECUTE_ACTION ? 'shortcuts.executeAction' : commandMessageKey(r.name))}</td>
                <td>{r.shortcut ? <kbd>{r.shortcut}</kbd> : <span className="muted">{t('shortcuts.notSet')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('shortcuts.explain')}</p>
      {browser === 'firefox' ? (
        <>
          <p>{t('shortcuts.firefoxPath', { path: t('shortcuts.firefoxPathText') })}</p>
          <div className="field">
            <button type="button" onClick={onOpenSettings}>
              {t('shortcuts.firefoxOpen')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('shortcuts.chromePage', { address: SHORTCUT_PAGES.chrome })}</p>
          <div className="field">
            <button type="button" onClick={onOpenSettings}>
              {t('shortcuts.chromeOpen')}
            </button>
            <button type="button" className="secondary" onClick={onCopyAddress}>
              {t('shortcuts.copy')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
