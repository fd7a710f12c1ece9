import type { ReactNode } from 'react';

/** What the last action on the options page did: a success or an error, never guessed from the wording. */
export interface StatusMessage {
  kind: 'error' | 'success';
  /** Worded by the page in the user's language (names inside marked as such). */
  text: ReactNode;
}

/** The options page's live line: read out politely, errors in the error colour. */
export function StatusLine({ status }: { status: StatusMessage | null }) {
  return (
    <p role="status" aria-live="polite" className={status?.kind === 'error' ? 'error' : 'status-line'}>
      {status?.text}
    </p>
  );
}
