import { useRef } from 'react';
import { useWords } from '@/hooks/useI18n';
import type { ImportProblem } from '@/utils/settings/storage';
import { RichMessage } from '@/components/RichMessage';

/** Export to a file; import from one (checked first, all or nothing). */
export function BackupSection({ onExport, onImport }: { onExport(): void; onImport(file: File): void }) {
  const { t } = useWords();
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <section className="card" aria-labelledby="backup">
      <h2 id="backup">{t('options.backup.heading')}</h2>
      <div className="field">
        <button type="button" onClick={onExport}>
          {t('options.backup.export')}
        </button>
        <button type="button" className="secondary" onClick={() => fileRef.current?.click()}>
          {t('options.backup.import')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('options.backup.file')}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file can be picked again
            if (file) onImport(file);
          }}
        />
      </div>
      <p className="muted">{t('options.backup.note')}</p>
    </section>
  );
}

/** Why an import failed, in the user's words; the fields' problems stay the technical English they are. */
export function ImportFailure({ error }: { error: ImportProblem }) {
  const { t } = useWords();
  switch (error.code) {
    case 'newer':
      return t('options.import.newer', { version: error.version });
    case 'values':
      return <RichMessage k="options.import.values" params={{ problems: <span lang="en">{error.problems.join('; ')}</span> }} />;
    case 'syncRefused':
      return t('options.status.syncRefused');
    default:
      return t(`options.import.${error.code}`);
  }
}
