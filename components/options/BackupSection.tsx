import { useRef } from 'react';

/** Export to a file; import from one (checked first, all or nothing). */
export function BackupSection({ onExport, onImport }: { onExport(): void; onImport(file: File): void }) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <section className="card" aria-labelledby="backup">
      <h2 id="backup">Export and import</h2>
      <div className="field">
        <button type="button" onClick={onExport}>
          Export settings
        </button>
        <button type="button" className="secondary" onClick={() => fileRef.current?.click()}>
          Import settings…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Settings file to import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file can be picked again
            if (file) onImport(file);
          }}
        />
      </div>
      <p className="muted">An import is checked first; a malformed or foreign file changes nothing.</p>
    </section>
  );
}
