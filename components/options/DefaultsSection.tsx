import type { GlobalSettings } from '@/utils/settings/model';
import { CORNER_LABEL, CORNERS, STALE_DAYS_MAX, STALE_DAYS_MIN, THEME_LABEL, THEMES, type Corner, type Theme } from '@/utils/settings/values';

/** The settings every site starts from. */
export function DefaultsSection({ global, onSave }: { global: GlobalSettings; onSave(patch: Partial<GlobalSettings>): void }) {
  return (
    <section className="card" aria-labelledby="defaults">
      <h2 id="defaults">Defaults for every site</h2>
      <label className="field">
        <input type="checkbox" checked={global.panel} onChange={(e) => onSave({ panel: e.currentTarget.checked })} />
        Show the in-page panel on AI tool sites
      </label>
      <label className="field">
        <input type="checkbox" checked={global.startCollapsed} onChange={(e) => onSave({ startCollapsed: e.currentTarget.checked })} />
        Start collapsed (as a small pill)
      </label>
      <label className="field">
        Panel corner
        <select value={global.corner} onChange={(e) => onSave({ corner: e.currentTarget.value as Corner })}>
          {CORNERS.map((c) => (
            <option key={c} value={c}>
              {CORNER_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Warn when facts are older than
        <input
          type="number"
          min={STALE_DAYS_MIN}
          max={STALE_DAYS_MAX}
          value={global.staleDays}
          onChange={(e) => {
            const n = e.currentTarget.valueAsNumber;
            if (Number.isInteger(n) && n >= STALE_DAYS_MIN && n <= STALE_DAYS_MAX) onSave({ staleDays: n });
          }}
          style={{ width: '6em' }}
        />
        days
      </label>
      <label className="field">
        Theme
        <select value={global.theme} onChange={(e) => onSave({ theme: e.currentTarget.value as Theme })}>
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
