/**
 * The one place that turns a tool's training parts into words and a status. The panel line,
 * the checklist, the compare table, the badge and the Markdown copy all read it, so they agree.
 * Free of zod: extension pages import it without the schema. Words come from the active
 * locale's catalog; the provider's own words (scope, opt-out route) stay English segments.
 */
import { EN, type I18n, type Segment } from '@/utils/i18n/i18n';
import type { Tool, Training } from './schema.ts';
import type { Status } from './statuses.ts';

export interface TrainingWords {
  status: Status;
  /** A short phrase for tables and the pill: "On by default — setting to opt out". */
  short: string;
  /** One sentence for the panel and the checklist. */
  sentence: Segment[];
  /** The fact as a headline, for the pill's tooltip: "Trains on your inputs by default — …". */
  headline: string;
}

const known = (s: string) => s.trim().toLowerCase() !== 'unknown';

export function trainingWords(t: Training, i18n: I18n = EN): TrainingWords {
  const scope = known(t.scope) ? { en: t.scope.trim() } : undefined;
  const optOut = i18n.t(`training.optOut.${t.optOut}`);
  const sentence = (c: 'never' | 'off' | 'on') =>
    scope ? i18n.rich(`training.${c}.sentenceScope`, { scope, optOut }) : i18n.rich(`training.${c}.sentence`, { optOut });
  const words = (c: 'never' | 'off' | 'on', status: Status): TrainingWords => ({
    status,
    short: i18n.t(`training.${c}.short`, { optOut }),
    sentence: sentence(c),
    headline: i18n.t(`training.${c}.headline`, { optOut }),
  });
  if (t.never) return words('never', 'good');
  if (t.default === 'off') return words('off', 'good');
  if (t.default === 'on') return words('on', t.optOut === 'setting' || t.optOut === 'form' ? 'caution' : 'risk');
  return {
    status: 'unknown',
    short: i18n.t('training.unknown.short'),
    sentence: [i18n.t('training.unknown.sentence')],
    headline: i18n.t('training.unknown.headline'),
  };
}

/**
 * The panel's privacy line: the sentence, then — where training is on by default and the
 * provider says how — the route out in the provider's words.
 */
export function trainingLine(
  privacy: Pick<Tool['privacy'], 'training' | 'optOutHow'>,
  i18n: I18n = EN,
): { status: Status; text: Segment[] } {
  const words = trainingWords(privacy.training, i18n);
  const route =
    privacy.training.default === 'on' && known(privacy.optOutHow)
      ? [' ', ...i18n.rich('training.optOutRoute', { route: { en: privacy.optOutHow } })]
      : [];
  return { status: words.status, text: [...words.sentence, ...route] };
}
