import type { ReactNode } from 'react';
import type { Tool } from '@/data/schema';
import { trainingWords } from '@/data/training';
import { useI18n } from '@/hooks/useI18n';
import { planPrice } from '@/utils/format/price';
import type { MessageKey } from '@/utils/i18n/i18n';
import { SourceList } from './Checklist';
import { Day } from './RichMessage';

function Facts({ rows }: { rows: Array<[MessageKey, ReactNode]> }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k} className="fact">
          <dt>{t(k)}</dt>
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

/** The dataset's free text, in its own language; its literal "unknown" in the reader's. */
function English({ text }: { text: string }) {
  const { t } = useI18n();
  return text.trim().toLowerCase() === 'unknown' ? <>{t('popup.fact.unknown')}</> : <span lang="en">{text}</span>;
}

/** The detailed sections under the checklist: labels and fixed vocabularies in the reader's language, the dataset's wording in English. */
export function ToolDetails({ tool }: { tool: Tool }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { privacy, pricing, copyright, security, availability } = tool;
  const en = (text: string) => <English text={text} />;
  return (
    <div className="details">
      <Section title={t('popup.details.capabilities')}>
        <ul className="bullets" lang="en">
          {tool.capabilities.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </Section>
      <Section title={t('popup.details.limits')}>
        <ul className="bullets" lang="en">
          {tool.limits.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </Section>
      <Section title={t('popup.details.privacy')}>
        <Facts
          rows={[
            ['popup.fact.trains', trainingWords(privacy.training, i18n).short],
            ['popup.fact.trainingScope', en(privacy.training.scope)],
            ['popup.fact.optOut', en(privacy.optOutHow)],
            ['popup.fact.retention', en(privacy.retention)],
            ['popup.fact.humanReview', en(privacy.humanReview)],
            ['popup.fact.storage', en(privacy.storage)],
            ['popup.fact.business', en(privacy.business)],
          ]}
        />
        <SourceList sources={privacy.sources} />
      </Section>
      <Section title={t('popup.details.pricing')}>
        <Facts
          rows={[
            ['popup.fact.model', t(`pricingModel.${pricing.model}`)],
            ['popup.fact.freeTier', en(pricing.freeTier)],
            ['popup.fact.pricesRead', <Day iso={pricing.read} />],
          ]}
        />
        {pricing.plans.length ? (
          <table className="plans">
            <caption className="visually-hidden">{t('popup.plans.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('popup.plans.plan')}</th>
                <th scope="col">{t('popup.plans.price')}</th>
              </tr>
            </thead>
            <tbody>
              {pricing.plans.map((p) => (
                <tr key={p.name}>
                  <th scope="row" lang="en">
                    {p.name}
                  </th>
                  <td>
                    {planPrice(p, i18n)}
                    {p.note ? (
                      <span className="plan-note">
                        {' '}
                        — <span lang="en">{p.note}</span>
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('popup.plans.none')}</p>
        )}
        <SourceList sources={pricing.sources} />
      </Section>
      <Section title={t('popup.details.copyright')}>
        <Facts
          rows={[
            ['popup.fact.ownership', en(copyright.ownership)],
            ['popup.fact.commercialUse', en(copyright.commercialUse)],
            ['popup.fact.indemnity', en(copyright.indemnity)],
          ]}
        />
        <SourceList sources={copyright.sources} />
      </Section>
      <Section title={t('popup.details.security')}>
        <Facts
          rows={[
            ['popup.fact.promptInjection', en(security.promptInjection)],
            ['popup.fact.enterpriseControls', en(security.enterpriseControls)],
          ]}
        />
        {security.incidents.length > 0 && (
          <>
            <h4>{t('popup.incidents')}</h4>
            <ul className="incidents">
              {security.incidents.map((i) => (
                <li key={`${i.date}-${i.summary}`}>
                  <strong>
                    <Day iso={i.date} />
                  </strong>{' '}
                  — <span lang="en">{i.summary}</span>
                  <SourceList sources={i.sources} />
                </li>
              ))}
            </ul>
          </>
        )}
        <SourceList sources={security.sources} />
      </Section>
      <Section title={t('popup.details.availability')}>
        <Facts
          rows={[
            ['popup.fact.status', t(`availability.${availability.status}`)],
            ['popup.fact.regions', en(availability.regions)],
            ['popup.fact.minAge', availability.minAge === 'unknown' ? t('popup.fact.unknown') : availability.minAge],
            ['popup.fact.account', en(availability.account)],
            ['popup.fact.platforms', i18n.and(availability.platforms.map((p) => t(`platform.${p}`)))],
          ]}
        />
        <SourceList sources={availability.sources} />
      </Section>
    </div>
  );
}
