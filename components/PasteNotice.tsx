import { SENSITIVE_KINDS, type SensitiveKind } from '@/utils/panel/detectors';
import type { PanelNudge } from '@/utils/panel/panel-data';

export interface PasteNoticeData {
  /** What the paste seemed to hold: kinds, never values. */
  kinds: SensitiveKind[];
  nudge: PanelNudge;
}

/** "an API key and a payment card number", from the kinds' words the background sent (nudge.kindWords). */
export function kindsInWords(kinds: readonly SensitiveKind[], kindWords: readonly string[]): string {
  const words = kinds.map((k) => kindWords[SENSITIVE_KINDS.indexOf(k)]);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export interface PasteNoticeProps {
  notice: PasteNoticeData;
  onDismiss(): void;
  onMute(): void;
}

/** Shown after a paste that looks sensitive: what kind, why it matters here, how to opt out. Never blocks anything. */
export function PasteNotice({ notice, onDismiss, onMute }: PasteNoticeProps) {
  const { optOut, hold } = notice.nudge;
  return (
    <div className="cl-box">
      <div role="alert">
        <h3>That paste seems to contain {kindsInWords(notice.kinds, notice.nudge.kindWords)}.</h3>
        <p>{notice.nudge.caveat}</p>
        {optOut && (
          <p>
            <strong>Opt out:</strong> {optOut}
          </p>
        )}
      </div>
      <p className="cl-meta">Checked on this page only: nothing was stored or sent.</p>
      {/* Sent only when the organisation's policy keeps the notice up or the check on: it says who. */}
      {hold && (
        <p className="cl-meta">
          {hold.by} keeps{' '}
          {hold.allowDisable ? 'this notice in view' : hold.allowDismiss ? 'this check on' : 'this check on and this notice in view'}.
        </p>
      )}
      <div className="cl-actions">
        {hold?.allowDismiss !== false && (
          <button type="button" className="cl-primary" onClick={onDismiss}>
            Dismiss
          </button>
        )}
        {hold?.allowDisable !== false && (
          <button type="button" className="cl-link" onClick={onMute}>
            Don’t check pastes on this site
          </button>
        )}
      </div>
    </div>
  );
}
