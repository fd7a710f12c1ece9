/** Tool → the ordered caveats the in-page panel shows. Pure. */
import { lastChecked } from '@/data/tool-facts';
import type { Source, Tool } from '@/data/schema';
import { trainingLine, trainingWords } from '@/data/training';
import { pricingText } from '@/utils/format/price';
import { countCaveats, countWords, mostImportant } from './counts';
import type { PanelCaveat, PanelData } from '@/utils/panel/panel-data';

const known = (s: string) => s.trim().toLowerCase() !== 'unknown';

/** How the panel heads each topic; sent with the caveat, so the page carries no word list. */
export const TOPIC_LABEL: Record<PanelCaveat['topic'], string> = {
  privacy: 'Training on your data',
  retention: 'Retention & review',
  pricing: 'Pricing',
  limits: 'Hallucinations',
  copyright: 'Copyright',
  security: 'Security',
};

function line(
  topic: PanelCaveat['topic'],
  status: PanelCaveat['status'],
  text: string,
  source: Source,
  checked = source.checked,
): PanelCaveat {
  return {
    topic,
    label: TOPIC_LABEL[topic],
    status,
    text,
    source: { url: source.url, title: source.title, ...(source.via ? { via: source.via.title } : {}) },
    checked,
  };
}

export function caveatsFor(tool: Tool): PanelCaveat[] {
  const { privacy, pricing, checklist } = tool;
  const training = trainingLine(privacy);
  const out: PanelCaveat[] = [line('privacy', training.status, training.text, privacy.sources[0]!)];
  const retention = [
    known(privacy.retention) && `Retention: ${privacy.retention}`,
    known(privacy.humanReview) && `Human review: ${privacy.humanReview}`,
  ]
    .filter(Boolean)
    .join(' ');
  if (retention) out.push(line('retention', 'caution', retention, privacy.sources[0]!));
  out.push(line('pricing', checklist.pricingModel.status, pricingText(pricing), pricing.sources[0]!, pricing.read));
  for (const [topic, row] of [
    ['limits', checklist.hallucinationRisk],
    ['copyright', checklist.copyrightImplications],
    ['security', checklist.securityVulnerabilities],
  ] as const) {
    const src = row.sources[0];
    if (src) out.push(line(topic, row.status, row.note, src));
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

/** The most important caveat in a few words: "Trains on your inputs by default — …". */
export function headlineFor(tool: Tool, caveats: readonly PanelCaveat[]): string {
  const top = caveats[mostImportant(caveats)];
  if (!top) return 'No risks or cautions found in the sources read';
  return top.topic === 'privacy' ? trainingWords(tool.privacy.training).headline : firstSentence(top.text);
}

export function panelFor(tool: Tool): PanelData {
  const caveats = caveatsFor(tool);
  return {
    id: tool.id,
    name: tool.name,
    vendor: tool.vendor,
    category: tool.category,
    caveats,
    // The tool's one date: the popup, compare and options pages show the same (data/tool-facts.ts).
    lastChecked: lastChecked(tool),
    headline: headlineFor(tool, caveats),
    countWords: countWords(countCaveats(caveats)),
  };
}
