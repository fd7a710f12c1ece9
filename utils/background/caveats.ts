/** Tool → the ordered caveats the in-page panel shows. Pure. */
import { lastChecked, riskCount } from '@/data/tool-facts';
import type { Source, Tool } from '@/data/schema';
import { trainingLine } from '@/data/training';
import { pricingText } from '@/utils/format/price';
import type { PanelCaveat, PanelData } from '@/utils/panel/panel-data';

const known = (s: string) => s.trim().toLowerCase() !== 'unknown';

function line(topic: PanelCaveat['topic'], status: PanelCaveat['status'], text: string, source: Source, checked = source.checked): PanelCaveat {
  return { topic, status, text, source: { url: source.url, title: source.title, ...(source.via ? { via: source.via.title } : {}) }, checked };
}

export function caveatsFor(tool: Tool): PanelCaveat[] {
  const { privacy, pricing, checklist } = tool;
  const training = trainingLine(privacy);
  const out: PanelCaveat[] = [line('privacy', training.status, training.text, privacy.sources[0]!)];
  const retention = [known(privacy.retention) && `Retention: ${privacy.retention}`, known(privacy.humanReview) && `Human review: ${privacy.humanReview}`]
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
    riskCount: riskCount(tool),
  };
}
