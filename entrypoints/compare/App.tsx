import { useEffect, useState } from 'react';
import { getTool, TOOLS } from '@/data/catalogue';
import { Compare } from '@/components/Compare';
import { ToolSearch } from '@/components/ToolSearch';
import { usePolicy } from '@/hooks/usePolicy';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import { comparePath, MAX_COMPARE, toolsParam } from '@/utils/pages/page-params';

export function App() {
  const settings = useSettings();
  usePageTheme(settings?.global.theme);
  const parsedPolicy = usePolicy();
  const orgTools = parsedPolicy?.policy.tools ?? [];
  const findTool = (id: string) => getTool(id) ?? orgTools.find((t) => t.id === id);
  // The organisation's tools are known once the policy is read: until then their ids wait in the list.
  const [ids, setIds] = useState(() => toolsParam(location.search));
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the policy arrives once, asynchronously: prune the waiting ids then
    if (parsedPolicy) setIds((cur) => cur.filter((id) => getTool(id) ?? parsedPolicy.policy.tools.some((t) => t.id === id)));
  }, [parsedPolicy]);
  useEffect(() => {
    history.replaceState(null, '', comparePath(ids));
  }, [ids]);
  const tools = ids.map(findTool).filter((t) => t !== undefined);
  const toggle = (id: string) =>
    setIds((cur) => {
      const known = cur.filter((x) => findTool(x));
      return known.includes(id) ? known.filter((x) => x !== id) : known.length < MAX_COMPARE ? [...known, id] : known;
    });

  return (
    <main>
      <h1>Compare AI tools</h1>
      <p className="muted">Pick two or three tools to see the twelve checklist rows side by side.</p>
      <p role="status" className="status-line">
        {tools.length ? `Comparing ${tools.map((t) => t.name).join(', ')}.` : 'No tools picked yet.'}
        {tools.length >= MAX_COMPARE ? ' Remove one to pick another.' : ''}
      </p>
      {tools.length >= 2 ? (
        <Compare tools={tools} />
      ) : (
        <p className="empty-state">{tools.length === 1 ? 'Pick one or two more tools below.' : 'Pick tools below to compare them.'}</p>
      )}
      <h2>Tools</h2>
      <ToolSearch
        tools={orgTools.length ? [...TOOLS, ...orgTools] : TOOLS}
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
