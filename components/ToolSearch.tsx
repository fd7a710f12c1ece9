import { useId, useState } from 'react';
import type { Tool } from '@/data/schema';
import { byCategory, searchTools } from '@/utils/pages/search';

export interface ToolSearchProps {
  tools: readonly Tool[];
  onSelect(id: string): void;
  /** Optional second action per tool, e.g. "add to comparison". */
  action?: { label: (tool: Tool) => string; run(id: string): void; isActive?(id: string): boolean };
}

/** Search box plus every tool grouped by category. */
export function ToolSearch({ tools, onSelect, action }: ToolSearchProps) {
  const [query, setQuery] = useState('');
  const id = useId();
  const found = searchTools(tools, query);
  const groups = byCategory(found);
  return (
    <div className="tool-search">
      <label htmlFor={id} className="search-label">
        Search tools by name, vendor or site
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="e.g. Claude, Google, chatgpt.com"
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <p className="status-line" role="status">
        {query ? `${found.length} ${found.length === 1 ? 'tool' : 'tools'} found` : `${tools.length} tools`}
      </p>
      {groups.length === 0 ? (
        <p className="empty">No tool matches “{query}”.</p>
      ) : (
        groups.map(([category, list]) => (
          <section key={category} className="category">
            <h2>{category}</h2>
            <ul className="tool-list">
              {list.map((t) => (
                <li key={t.id}>
                  <button type="button" className="tool-item" onClick={() => onSelect(t.id)}>
                    <span className="tool-item-name">{t.name}</span>
                    <span className="tool-item-vendor">{t.vendor}</span>
                  </button>
                  {action && (
                    <button
                      type="button"
                      className="secondary"
                      aria-pressed={action.isActive ? action.isActive(t.id) : undefined}
                      onClick={() => action.run(t.id)}
                    >
                      {action.label(t)}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
