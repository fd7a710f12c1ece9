/** Tool → the ordered caveats the in-page panel shows, worded in the user's language. Pure. */
import { lastChecked } from '@/data/tool-facts';
import type { Source, Tool } from '@/data/schema';
import { trainingLine, trainingWords } from '@/data/training';
import { pricingParts } from '@/utils/format/price';
import { EN, plain, type I18n, type Segment } from '@/utils/i18n/i18n';
import { countCaveats, countWords, mostImportant } from './counts';
import type { PanelCaveat, PanelData } from '@/utils/panel/panel-data';

const known = (s: string) => s.trim().toLowerCase() !== 'unknown';

function line(
  i18n: I18n,
  topic: PanelCaveat['topic'],
  status: PanelCaveat['status'],
  text: Segment[],
  source: Source,
  checked = source.checked,
): PanelCaveat {
  return {
    topic,
    // Sent with the caveat, so the page carries no word list.
    label: i18n.t(`topic.${topic}`),
    status,
    text,
    source: { url: source.url, title: source.title, ...(source.via ? { via: source.via.title } : {}) },
    checked,
  };
}

export function caveatsFor(tool: Tool, i18n: I18n = EN): PanelCaveat[] {
  const { privacy, pricing, checklist } = tool;
  const training = trainingLine(privacy, i18n);
  const out: PanelCaveat[] = [line(i18n, 'privacy', training.status, training.text, privacy.sources[0]!)];
  const retention: Segment[] = [
    ...(known(privacy.retention) ? i18n.rich('caveat.retention', { text: { en: privacy.retention } }) : []),
    ...(known(privacy.retention) && known(privacy.humanReview) ? [' '] : []),
    ...(known(privacy.humanReview) ? i18n.rich('caveat.humanReview', { text: { en: privacy.humanReview } }) : []),
  ];
  if (retention.length) out.push(line(i18n, 'retention', 'caution', retention, privacy.sources[0]!));
  out.push(line(i18n, 'pricing', checklist.pricingModel.status, pricingParts(pricing, i18n), pricing.sources[0]!, pricing.read));
  for (const [topic, row] of [
    ['limits', checklist.hallucinationRisk],
    ['copyright', checklist.copyrightImplications],
    ['security', checklist.securityVulnerabilities],
  ] as const) {
    const src = row.sources[0];
    if (src) out.push(line(i18n, topic, row.status, [{ en: row.note }], src));
  }
  return out;
}

/** A caveat's text cut to its first sentence (or clause), at most `max` characters on a word boundary. */
export function firstSentence(text: string, max = 140): string {
  const end = /[.;](\s|$)/.exec(text.slice(20));
  let s = end ? text.slice(0, 20 + end.index) : text;
  if (s.length > max) {
    const cut = s.lastIndexOf(' ', max - 1);
    s = `${s.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:—–-]+$/, '')}…`;
  }
  return s.trim();
}

/** The most important caveat in a few words: "Trains on your inputs by default — …"; a dataset note keeps its language. */
export function headlineFor(tool: Tool, caveats: readonly PanelCaveat[], i18n: I18n = EN): Segment[] {
  const top = caveats[mostImportant(caveats)];
  if (!top) return [i18n.t('headline.none')];
  if (top.topic === 'privacy') return [trainingWords(tool.privacy.training, i18n).headline];
  const first = firstSentence(plain(top.text));
  return top.text.length === 1 && typeof top.text[0] === 'object' ? [{ en: first }] : [first];
}

export function panelFor(tool: Tool, i18n: I18n = EN): PanelData {
  const caveats = caveatsFor(tool, i18n);
  return {
    id: tool.id,
    name: tool.name,
    vendor: tool.vendor,
    category: i18n.t(`category.${tool.category}`),
    caveats,
    // The tool's one date: the popup, compare and options pages show the same (data/tool-facts.ts).
    lastChecked: lastChecked(tool),
    headline: headlineFor(tool, caveats, i18n),
    countWords: countWords(countCaveats(caveats), i18n),
  };
}
