import { useWords, type Words } from '@/hooks/useI18n';
import { SENSITIVE_KINDS, type SensitiveKind } from '@/utils/panel/detectors';
import type { PanelNudge } from '@/utils/panel/panel-data';

export interface PasteNoticeData {
  /** What the paste seemed to hold: kinds, never values. */
  kinds: SensitiveKind[];
  nudge: PanelNudge;
}

/** "an API key and a payment card number", from the kinds' words the background sent (nudge.kindWords). */
export function kindsInWords(kinds: readonly SensitiveKind[], kindWords: readonly string[], t: Words['t']): string {
  const words = kinds.map((k) => kindWords[SENSITIVE_KINDS.indexOf(k)]);
  return words.length < 2 ? (words[0] ?? '') : t('panel.paste.and', { list: words.slice(0, -1).join(', '), last: words.at(-1)! });
}

export interface PasteNoticeProps {
  notice: PasteNoticeData;
  onDismiss(): void;
  onMute(): void;
}

/** Shown after a paste that looks sensitive: what kind, why it matters here, how to opt out. Never blocks anything. */
export function PasteNotice({ notice, onDismiss, onMute }: PasteNoticeProps) {
  const { t } = useWords();
  const { optOut, hold } = notice.nudge;
  return (
    <div className="cl-box">
      <div role="alert">
        <h3>{t('panel.paste.title', { kinds: kindsInWords(notice.kinds, notice.nudge.kindWords, t) })}</h3>
        <p>{notice.nudge.caveat}</p>
        {optOut && (
          <p>
            <strong>{t('panel.paste.optOut')}</strong> <span lang="en">{optOut}</span>
          </p>
        )}
      </div>
      <p className="cl-meta">{t('panel.paste.local')}</p>
      {/* Sent only when the organisation's policy keeps the notice up or the check on: it says who. */}
      {hold && (
        <p className="cl-meta">
          {t(hold.allowDisable ? 'panel.paste.holdNotice' : hold.allowDismiss ? 'panel.paste.holdCheck' : 'panel.paste.holdBoth', {
            org: hold.by,
          })}
        </p>
      )}
      <div className="cl-actions">
        {hold?.allowDismiss !== false && (
          <button type="button" className="cl-primary" onClick={onDismiss}>
            {t('panel.paste.dismiss')}
          </button>
        )}
        {hold?.allowDisable !== false && (
          <button type="button" className="cl-link" onClick={onMute}>
            {t('panel.paste.mute')}
          </button>
        )}
      </div>
    </div>
  );
}
