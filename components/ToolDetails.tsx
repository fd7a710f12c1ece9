import type { ReactNode } from 'react';
import type { Tool } from '@/data/schema';
import { trainingWords } from '@/data/training';
import { planPrice } from '@/utils/format/price';
import { SourceList } from './Checklist';

function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k} className="fact">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="details-section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** The detailed sections under the checklist. */
export function ToolDetails({ tool }: { tool: Tool }) {
  const { privacy, pricing, copyright, security, availability } = tool;
  return (
    <div className="details">
      <Section title="Capabilities">
        <ul className="bullets">
          {tool.capabilities.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </Section>
      <Section title="Limits">
        <ul className="bullets">
          {tool.limits.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </Section>
      <Section title="Privacy">
        <Facts
          rows={[
            ['Trains on your inputs', trainingWords(privacy.training).short],
            ['What “training” covers', privacy.training.scope],
            ['How to opt out', privacy.optOutHow],
            ['Retention', privacy.retention],
            ['Human review', privacy.humanReview],
            ['Where data is stored', privacy.storage],
            ['Business / API terms', privacy.business],
          ]}
        />
        <SourceList sources={privacy.sources} />
      </Section>
      <Section title="Pricing">
        <Facts
          rows={[
            ['Model', pricing.model],
            ['Free tier', pricing.freeTier],
            ['Prices read on', pricing.read],
          ]}
        />
        {pricing.plans.length ? (
          <table className="plans">
            <caption className="visually-hidden">Plans</caption>
            <thead>
              <tr>
                <th scope="col">Plan</th>
                <th scope="col">Price</th>
              </tr>
            </thead>
            <tbody>
              {pricing.plans.map((p) => (
                <tr key={p.name}>
                  <th scope="row">{p.name}</th>
                  <td>
                    {planPrice(p)}
                    {p.note ? <span className="plan-note"> — {p.note}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No plan prices could be read from an official page — check the pricing page.</p>
        )}
        <SourceList sources={pricing.sources} />
      </Section>
      <Section title="Copyright">
        <Facts
          rows={[
            ['Who owns outputs', copyright.ownership],
            ['Commercial use', copyright.commercialUse],
            ['Indemnity', copyright.indemnity],
          ]}
        />
        <SourceList sources={copyright.sources} />
      </Section>
      <Section title="Security">
        <Facts
          rows={[
            ['Prompt injection & tools', security.promptInjection],
            ['Enterprise controls', security.enterpriseControls],
          ]}
        />
        {security.incidents.length > 0 && (
          <>
            <h4>Notable incidents</h4>
            <ul className="incidents">
              {security.incidents.map((i) => (
                <li key={`${i.date}-${i.summary}`}>
                  <strong>{i.date}</strong> — {i.summary}
                  <SourceList sources={i.sources} />
                </li>
              ))}
            </ul>
          </>
        )}
        <SourceList sources={security.sources} />
      </Section>
      <Section title="Availability">
        <Facts
          rows={[
            ['Status', availability.status],
            ['Regions', availability.regions],
            ['Minimum age', String(availability.minAge)],
            ['Account', availability.account],
            ['Platforms', availability.platforms.join(', ')],
          ]}
        />
        <SourceList sources={availability.sources} />
      </Section>
    </div>
  );
}
