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
  /** How the organisation is named (orgLabel). */
  by: string;
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

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The policy's entries Caveat Lens ignored, each named, so the user (or their administrator) can see why. */
export function PolicyProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="card policy-problems" role="alert">
      <ul>
        {problems.map((p, i) => (
          <li key={i}>Your organisation’s policy has an invalid entry: {p}</li>
        ))}
      </ul>
      <p className="muted">Caveat Lens ignores these entries and applies the rest of the policy. Your own settings are unchanged.</p>
    </div>
  );
}

/** What the organisation's policy does: its notes, the panels it keeps on, its defaults, its own tools. */
export function PolicySection({ by, notedTools, keptOn, hasDefaults, tools, pageUrl }: PolicySectionProps) {
  return (
    <section className="card" aria-labelledby="org">
      <h2 id="org">Managed by {by}</h2>
      <p className="muted">{by} has set a policy for Caveat Lens. Settings it holds are marked below; the rest are yours to change.</p>
      {(notedTools.length > 0 || keptOn.length > 0 || hasDefaults) && (
        <ul className="bullets">
          {notedTools.length > 0 && (
            <li>
              Notes on {count(notedTools.length, 'tool', 'tools')}, shown first in the panel and the checklist: {notedTools.join(', ')}.
            </li>
          )}
          {keptOn.length > 0 && <li>The panel stays on for {keptOn.join(', ')}.</li>}
          {hasDefaults && <li>Its defaults apply to the settings you have not changed.</li>}
        </ul>
      )}
      {tools.length > 0 && (
        <>
          <h3>Tools added by {by}</h3>
          <ul className="bullets">
            {tools.map((t) => (
              <li key={t.id}>
                <a href={pageUrl(checklistPath(t.id))} target="_blank" rel="noopener noreferrer">
                  {t.name}
                </a>{' '}
                <span className="muted">
                  {t.hasPanel
                    ? '— in-page panel on its site, and in the popup, compare and search'
                    : `— popup, compare and search only: Caveat Lens has no access to ${t.hosts.join(', ')}, so no in-page panel there`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
