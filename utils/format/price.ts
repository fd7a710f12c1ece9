/** Plan prices in words, for the panel, the popup and the Markdown copy. Pure. */
import type { Tool } from '@/data/schema';

const known = (s: string) => s.trim().toLowerCase() !== 'unknown';

type Plan = Tool['pricing']['plans'][number];
const PERIOD: Record<Plan['period'], string> = { month: '/month', year: '/year', 'one-time': ' one-time', usage: ' (usage-based)' };

function formatPrice(price: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: price % 1 ? 2 : 0 }).format(price);
  } catch {
    return `${price} ${currency}`;
  }
}

/** "$20/month", "Custom (contact sales)" or "Price not published". */
export function planPrice(p: Plan): string {
  if (p.price === 'custom') return 'Custom (contact sales)';
  if (p.price === 'unknown') return 'Price not published';
  return `${formatPrice(p.price, p.currency)}${PERIOD[p.period]}`;
}

/** "Freemium — paid plans from $20/month (Plus)", or what is honestly known. */
export function pricingText(pricing: Tool['pricing']): string {
  const model = pricing.model === 'unknown' ? 'Pricing model unknown' : pricing.model[0]!.toUpperCase() + pricing.model.slice(1);
  const paid = pricing.plans
    .filter((p): p is typeof p & { price: number } => typeof p.price === 'number' && p.price > 0)
    .sort((a, b) => a.price - b.price)[0];
  const from = paid ? ` — paid plans from ${planPrice(paid)} (${paid.name})` : '';
  const free = known(pricing.freeTier) ? `. Free tier: ${pricing.freeTier}` : '';
  return `${model}${from}${free}`.replace(/\.\.$/, '.');
}
