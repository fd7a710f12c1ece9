import { useRef } from 'react';
import { useWords } from '@/hooks/useI18n';

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
