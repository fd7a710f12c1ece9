import { useEffect, useState } from 'react';
import { getTool, TOOLS } from '@/data/catalogue';
import { Compare } from '@/components/Compare';
import { ToolSearch } from '@/components/ToolSearch';
import { useI18n } from '@/hooks/useI18n';
import { SOURCE_LOCALE } from '@/utils/i18n/locales';
import { usePolicy } from '@/hooks/usePolicy';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import { comparePath, MAX_COMPARE, toolsParam } from '@/utils/pages/page-params';

export function App() {
  const i18n = useI18n();
  const { t } = i18n;
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
  useEffect(() => {
    document.title = t('compare.docTitle');
  }, [t]);
  const tools = ids.map(findTool).filter((t) => t !== undefined);
  const toggle = (id: string) =>
    setIds((cur) => {
      const known = cur.filter((x) => findTool(x));
      return known.includes(id) ? known.filter((x) => x !== id) : known.length < MAX_COMPARE ? [...known, id] : known;
    });

  return (
    <main>
      <h1>{t('compare.title')}</h1>
      <p className="muted">{t('compare.intro')}</p>
      <p role="status" className="status-line">
        {tools.length ? t('compare.comparing', { tools: tools.map((tool) => tool.name).join(', ') }) : t('compare.nonePicked')}
        {tools.length >= MAX_COMPARE ? ` ${t('compare.full')}` : ''}
      </p>
      {tools.length >= 2 ? (
        <>
          {i18n.locale !== SOURCE_LOCALE && <p className="muted">{t('panel.englishFacts')}</p>}
          <Compare tools={tools} />
        </>
      ) : (
        <p className="empty-state">{t(tools.length === 1 ? 'compare.pickMore' : 'compare.pickTools')}</p>
      )}
      <h2>{t('compare.tools')}</h2>
      <ToolSearch
        tools={orgTools.length ? [...TOOLS, ...orgTools] : TOOLS}
        onSelect={toggle}
        action={{
          label: (tool) => t(ids.includes(tool.id) ? 'compare.remove' : 'compare.add', { tool: tool.name }),
          run: toggle,
          isActive: (id) => ids.includes(id),
        }}
      />
    </main>
  );
}
