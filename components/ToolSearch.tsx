import { useId, useState } from 'react';
import type { Tool } from '@/data/schema';
import { useWords } from '@/hooks/useI18n';
import { byCategory, searchTools } from '@/utils/pages/search';

export interface ToolSearchProps {
  tools: readonly Tool[];
  onSelect(id: string): void;
  /** Optional second action per tool, e.g. "add to comparison". */
  action?: { label: (tool: Tool) => string; run(id: string): void; isActive?(id: string): boolean };
}

/** Search box plus every tool grouped by category. */
export function ToolSearch({ tools, onSelect, action }: ToolSearchProps) {
  const { t } = useWords();
  const [query, setQuery] = useState('');
  const id = useId();
  const found = searchTools(tools, query, (c) => t(`category.${c}`));
  const groups = byCategory(found);
  return (
    <div className="tool-search">
      <label htmlFor={id} className="search-label">
        {t('popup.search.label')}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('popup.search.placeholder')}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <p className="status-line" role="status">
        {query ? t('popup.search.found', { count: found.length }) : t('popup.search.total', { count: tools.length })}
      </p>
      {groups.length === 0 ? (
        <p className="empty">{t('popup.search.empty', { query })}</p>
      ) : (
        groups.map(([category, list]) => (
          <section key={category} className="category">
            <h2>{t(`category.${category}`)}</h2>
            <ul className="tool-list">
              {list.map((tool) => (
                <li key={tool.id}>
                  <button type="button" className="tool-item" onClick={() => onSelect(tool.id)}>
                    <span className="tool-item-name" translate="no">
                      {tool.name}
                    </span>
                    <span className="tool-item-vendor" translate="no">
                      {tool.vendor}
                    </span>
                  </button>
                  {action && (
                    <button
                      type="button"
                      className="secondary"
                      aria-pressed={action.isActive ? action.isActive(tool.id) : undefined}
                      onClick={() => action.run(tool.id)}
                    >
                      {action.label(tool)}
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
