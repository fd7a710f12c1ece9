import { useEffect, useState } from 'react';
import { getTool, TOOLS } from '@/data/catalogue';
import { Compare } from '@/components/Compare';
import { ToolSearch } from '@/components/ToolSearch';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import { comparePath, MAX_COMPARE, toolsParam } from '@/utils/pages/page-params';

export function App() {
  const settings = useSettings();
  usePageTheme(settings?.global.theme);
  const [ids, setIds] = useState(() => toolsParam(location.search).filter((id) => getTool(id)));
  useEffect(() => {
    history.replaceState(null, '', comparePath(ids));
  }, [ids]);
  const tools = ids.map((id) => getTool(id)!);
  const toggle = (id: string) =>
    setIds((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : cur.length < MAX_COMPARE ? [...cur, id] : cur));

  return (
    <main>
      <h1>Compare AI tools</h1>
      <p className="muted">Pick two or three tools to see the twelve checklist rows side by side.</p>
      <p role="status" className="status-line">
        {tools.length ? `Comparing ${tools.map((t) => t.name).join(', ')}.` : 'No tools picked yet.'}
        {ids.length >= MAX_COMPARE ? ' Remove one to pick another.' : ''}
      </p>
      {tools.length >= 2 ? (
        <Compare tools={tools} />
      ) : (
        <p className="empty-state">{tools.length === 1 ? 'Pick one or two more tools below.' : 'Pick tools below to compare them.'}</p>
      )}
      <h2>Tools</h2>
      <ToolSearch
        tools={TOOLS}
        onSelect={toggle}
        action={{
          label: (t) => (ids.includes(t.id) ? `Remove ${t.name}` : `Add ${t.name}`),
          run: toggle,
          isActive: (id) => ids.includes(id),
        }}
      />
    </main>
  );
}
