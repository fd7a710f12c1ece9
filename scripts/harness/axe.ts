/** axe-core in a page: the serious and critical violations, as readable strings. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `selector`: limit the audit to one element (shadow roots included); default the whole page. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // evaluate() is not subject to the page's CSP, so axe runs on strict pages too.
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: any }).axe;
    const r = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  }, selector ?? null);
}
