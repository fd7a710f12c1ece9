/** Plan prices in words, for the panel, the popup and the Markdown copy, in the active locale. Pure. */
import type { Tool } from '@/data/schema';
import { EN, plain, type I18n, type Segment } from '@/utils/i18n/i18n';

const known = (s: string) => s.trim().toLowerCase() !== 'unknown';

type Plan = Tool['pricing']['plans'][number];

/** "$20/month", "Custom (contact sales)" or "Price not published" (en); "20 US$/mes" (es). */
export function planPrice(p: Plan, i18n: I18n = EN): string {
  if (p.price === 'custom') return i18n.t('price.custom');
  if (p.price === 'unknown') return i18n.t('price.unknown');
  return i18n.t(`price.${p.period}`, { price: i18n.money(p.price, p.currency) });
}

/** "Freemium — paid plans from $20/month (Plus). Free tier: …", the plan name and free tier kept as the dataset's English. */
export function pricingParts(pricing: Tool['pricing'], i18n: I18n = EN): Segment[] {
  const model = i18n.t(`pricingModel.${pricing.model}`);
  const paid = pricing.plans
    .filter((p): p is typeof p & { price: number } => typeof p.price === 'number' && p.price > 0)
    .sort((a, b) => a.price - b.price)[0];
  const out: Segment[] = paid ? i18n.rich('pricing.from', { model, price: planPrice(paid, i18n), plan: { en: paid.name } }) : [model];
  if (known(pricing.freeTier)) out.push('. ', ...i18n.rich('pricing.freeTier', { text: { en: pricing.freeTier.replace(/\.$/, '') } }), '.');
  return out;
}

export function pricingText(pricing: Tool['pricing'], i18n: I18n = EN): string {
  return plain(pricingParts(pricing, i18n));
}
