import { ROW_IDS } from '@/data/rows';
import type { Tool } from '@/data/schema';
import { lastChecked } from '@/data/tool-facts';
import { trainingWords } from '@/data/training';
import { useI18n } from '@/hooks/useI18n';
import { Day, RichMessage } from './RichMessage';
import { SourceKind, SourceLink } from './SourceLink';
import { StatusBadge } from './StatusBadge';

/** The twelve rows side by side for two or three tools: row names and statuses in the reader's language, notes in the dataset's English. */
export function Compare({ tools }: { tools: Tool[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="compare-scroll">
      <table className="compare">
        <caption className="visually-hidden">{t('compare.caption', { tools: i18n.and(tools.map((tool) => tool.name)) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.feature')}</th>
            {tools.map((tool) => (
              <th scope="col" key={tool.id}>
                <span translate="no">{tool.name}</span>
                <span className="compare-meta">
                  <span translate="no">{tool.vendor}</span> ·{' '}
                  <RichMessage k="date.checked" params={{ date: <Day iso={lastChecked(tool)} /> }} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-row="training">
            <th scope="row">{t('popup.fact.trains')}</th>
            {tools.map((tool) => {
              const words = trainingWords(tool.privacy.training, i18n);
              return (
                <td key={tool.id}>
                  <StatusBadge status={words.status} />
                  <p className="row-note">{words.short}</p>
                </td>
              );
            })}
          </tr>
          {ROW_IDS.map((id) => (
            <tr key={id} data-row={id}>
              <th scope="row">{t(`row.${id}`)}</th>
              {tools.map((tool) => {
                const row = tool.checklist[id];
                const source = row.sources[0];
                return (
                  <td key={tool.id}>
                    <StatusBadge status={row.status} />
                    <p className="row-note" lang="en">
                      {row.note}
                    </p>
                    {source && (
                      <p className="source-meta">
                        <SourceLink url={source.url}>
                          <span lang="en">{source.title}</span>
                        </SourceLink>
                        {source.via && (
                          <>
                            {' '}
                            (<SourceKind source={source} />)
                          </>
                        )}
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
