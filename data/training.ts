/**
 * The one place that turns a tool's training parts into words and a status. The panel line,
 * the checklist, the compare table, the badge and the Markdown copy all read it, so they agree.
 * Free of zod: extension pages import it without the schema.
 */
import type { Tool, Training } from './schema.ts';
import type { Status } from './statuses.ts';

export interface TrainingWords {
  status: Status;
  /** A short phrase for tables and the pill: "On by default — setting to opt out". */
  short: string;
  /** One sentence for the panel and the checklist. */
  sentence: string;
  /** The fact as a headline, for the pill's tooltip: "Trains on your inputs by default — …". */
  headline: string;
}

const OPT_OUT_SHORT: Record<Training['optOut'], string> = {
  setting: 'you can switch it off in settings',
  form: 'opt out by request form',
  none: 'no opt-out',
  unknown: 'no opt-out route confirmed in the sources read',
};

export function trainingWords(t: Training): TrainingWords {
  const scope = t.scope.trim().toLowerCase() === 'unknown' ? '' : ` (${t.scope})`;
  if (t.never)
    return {
      status: 'good',
      short: 'Off — provider commits in writing',
      sentence: `The provider commits in writing not to train on your inputs${scope}.`,
      headline: 'Does not train on your inputs (a commitment in writing)',
    };
  if (t.default === 'off')
    return {
      status: 'good',
      short: 'Off unless you opt in',
      sentence: `Your inputs are not used for training unless you opt in${scope}.`,
      headline: 'Does not train on your inputs unless you opt in',
    };
  if (t.default === 'on')
    return {
      status: t.optOut === 'setting' || t.optOut === 'form' ? 'caution' : 'risk',
      short: `On by default — ${OPT_OUT_SHORT[t.optOut]}`,
      sentence: `Your inputs train its models by default${scope}; ${OPT_OUT_SHORT[t.optOut]}.`,
      headline: `Trains on your inputs by default — ${OPT_OUT_SHORT[t.optOut]}`,
    };
  return {
    status: 'unknown',
    short: 'Unknown',
    sentence: 'Whether your inputs train its models is unknown.',
    headline: 'Unknown whether it trains on your inputs',
  };
}

const known = (s: string) => s.trim().toLowerCase() !== 'unknown';

/**
 * The panel's privacy line: the sentence, then — where training is on by default and the
 * provider says how — the route out in the provider's words.
 */
export function trainingLine(privacy: Pick<Tool['privacy'], 'training' | 'optOutHow'>): { status: Status; text: string } {
  const words = trainingWords(privacy.training);
  const optOut = privacy.training.default === 'on' && known(privacy.optOutHow) ? ` Opt out: ${privacy.optOutHow}` : '';
  return { status: words.status, text: `${words.sentence}${optOut}` };
}
