import type { Shortcuts } from '@/hooks/useShortcuts';
import type { BrowserKind } from '@/utils/commands/open-shortcuts';
import { SHORTCUT_PAGES } from '@/utils/commands/shortcuts';

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
  if (rows === 'unsupported')
    return (
      <section className="card" aria-labelledby="shortcuts">
        <h2 id="shortcuts">Keyboard shortcuts</h2>
        <p className="muted">This browser has no keyboard shortcuts for extensions.</p>
      </section>
    );
  return (
    <section className="card" aria-labelledby="shortcuts">
      <h2 id="shortcuts">Keyboard shortcuts</h2>
      {rows === null ? (
        <p className="muted">Reading the browser’s shortcuts…</p>
      ) : rows === 'unavailable' ? (
        <p className="error">The browser did not say which keys are set; its shortcuts page (below) lists them.</p>
      ) : (
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Shortcut</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <td>{r.description}</td>
                <td>{r.shortcut ? <kbd>{r.shortcut}</kbd> : <span className="muted">Not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        “Show or hide” opens the panel in full, even on a site where you turned it off (for that visit only), and hides it for the rest of
        the visit. The keys belong to the browser: set or change them on its shortcuts page.
      </p>
      {browser === 'firefox' ? (
        <>
          <p>
            In Firefox: <strong>about:addons</strong> → the gear button (⚙) → <strong>Manage Extension Shortcuts</strong>.
          </p>
          <div className="field">
            <button type="button" onClick={onOpenSettings}>
              Open Manage Extension Shortcuts
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            The shortcuts page is at <code>{SHORTCUT_PAGES.chrome}</code>. Web pages cannot link to it: open it with the button, or copy the
            address into the address bar.
          </p>
          <div className="field">
            <button type="button" onClick={onOpenSettings}>
              Open the shortcuts page
            </button>
            <button type="button" className="secondary" onClick={onCopyAddress}>
              Copy the address
            </button>
          </div>
        </>
      )}
    </section>
  );
}
