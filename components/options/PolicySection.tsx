import type { ReactNode } from 'react';
import { Name, NameList, RichMessage } from '@/components/RichMessage';
import { useWords } from '@/hooks/useI18n';
import { checklistPath, type PagePath } from '@/utils/pages/page-params';

/** An organisation's own tool as the options page lists it. */
export interface OrgToolRow {
  id: string;
  name: string;
  /** The extension reads a page it matches (utils/policy/org-match), so it gets the in-page panel. */
  hasPanel: boolean;
  /** The hosts it matches, named when it gets no panel. */
  hosts: string[];
}

export interface PolicySectionProps {
  /** How the organisation is named: its name, marked as one, or "your organisation" in the user's language. */
  by: ReactNode;
  /** Names of the tools the organisation has written a note on. */
  notedTools: string[];
  /** Names of the tools whose panel the organisation keeps on. */
  keptOn: string[];
  /** The organisation sets defaults for settings the user has not changed. */
  hasDefaults: boolean;
  tools: OrgToolRow[];
  /** An extension path as a URL (browser.runtime.getURL in the page). */
  pageUrl(path: PagePath): string;
}

/**
 * The policy's entries Caveat Lens ignored, each named, so the user (or their administrator) can see why.
 * Each entry's detail is the policy reader's technical English (key paths, expected values), marked as such.
 */
export function PolicyProblems({ problems }: { problems: string[] }) {
  const { t } = useWords();
  if (problems.length === 0) return null;
  return (
    <div className="card policy-problems" role="alert">
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <RichMessage k="options.policy.invalidEntry" params={{ problem: <span lang="en">{p}</span> }} />
          </li>
        ))}
      </ul>
      <p className="muted">{t('options.policy.ignored')}</p>
    </div>
  );
}

/** What the organisation's policy does: its notes, the panels it keeps on, its defaults, its own tools. */
export function PolicySection({ by, notedTools, keptOn, hasDefaults, tools, pageUrl }: PolicySectionProps) {
  const { t } = useWords();
  return (
    <section className="card" aria-labelledby="org">
      <h2 id="org">
        <RichMessage k="options.policy.heading" params={{ org: by }} />
      </h2>
      <p className="muted">
        <RichMessage k="options.policy.intro" params={{ org: by }} />
      </p>
      {(notedTools.length > 0 || keptOn.length > 0 || hasDefaults) && (
        <ul className="bullets">
          {notedTools.length > 0 && (
            <li>
              <RichMessage k="options.policy.notes" params={{ count: notedTools.length, tools: <NameList names={notedTools} /> }} />
            </li>
          )}
          {keptOn.length > 0 && (
            <li>
              <RichMessage k="options.policy.keptOn" params={{ tools: <NameList names={keptOn} /> }} />
            </li>
          )}
          {hasDefaults && <li>{t('options.policy.defaults')}</li>}
        </ul>
      )}
      {tools.length > 0 && (
        <>
          <h3>
            <RichMessage k="options.policy.toolsHeading" params={{ org: by }} />
          </h3>
          <ul className="bullets">
            {tools.map((tool) => (
              <li key={tool.id}>
                <a href={pageUrl(checklistPath(tool.id))} target="_blank" rel="noopener noreferrer">
                  <Name>{tool.name}</Name>
                </a>{' '}
                <span className="muted">
                  {tool.hasPanel ? (
                    t('options.policy.toolPanel')
                  ) : (
                    <RichMessage k="options.policy.toolNoPanel" params={{ hosts: <NameList names={tool.hosts} /> }} />
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
