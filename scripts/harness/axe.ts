/** axe-core in a page: the serious and critical violations, as readable strings. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The audit itself, run in the page once axe is loaded; shared by Chromium (Playwright) and Firefox (BiDi). */
async function audit(sel: string | null): Promise<string[]> {
  const axe = (window as unknown as { axe: any }).axe;
  const r = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
  return r.violations
    .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
}

/** `selector`: limit the audit to one element (shadow roots included); default the whole page. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // evaluate() is not subject to the page's CSP, so axe runs on strict pages too.
  await page.evaluate(AXE);
  return page.evaluate(audit, selector ?? null);
}

/**
 * The same audit through any "evaluate this expression in the page" function (Firefox's WebDriver
 * BiDi harness: scripts/harness/firefox.ts), which runs it outside the page's CSP too.
 */
export async function axeViolationsVia(evaluate: <T>(expression: string) => Promise<T>, selector?: string): Promise<string[]> {
  await evaluate(`${AXE}\n;void 0`);
  return evaluate<string[]>(`(${audit.toString()})(${JSON.stringify(selector ?? null)})`);
}
