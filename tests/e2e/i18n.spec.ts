// Spanish, as a Spanish-speaking user gets it: Chromium started in Spanish (--lang=es, and LANGUAGE=es,
// which Linux builds read; Debian's chromium-l10n has the translations), the real extension, the fixture chatgpt.com. The panel and the popup speak
// Spanish, dataset notes keep their English marked lang="en", axe stays clean, and the options
// page's language setting switches an open panel at once.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import { forgetVisits, launch, PANEL, setStorage, waitForPanel, type Harness } from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch({ language: 'es', args: ['--lang=es'] });
}, 60_000);
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await forgetVisits(h); // first visit: the card opens in full
  await setStorage(h, { settings: { version: 1 }, sites: {} });
});

const inPanel = (page: Page, selector: string) => page.locator(`${PANEL} ${selector}`);
/** The toolbar button's title on the chatgpt.com tab. */
const toolbarTitle = () =>
  h.worker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const tab = ((await c.tabs.query({})) as Array<{ id: number; url?: string }>).find((t) => t.url?.startsWith('https://chatgpt.com/'));
    return c.action.getTitle({ tabId: tab!.id }) as Promise<string>;
  });

describe('Chromium in Spanish (--lang=es)', () => {
  it('the browser reports Spanish to the extension', async () => {
    expect(await h.worker.evaluate(() => (globalThis as any).chrome.i18n.getUILanguage())).toMatch(/^es\b/);
  });

  it('the panel speaks Spanish; the tool’s facts stay English and say so', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    const root = inPanel(page, '.cl-root');
    expect(await root.getAttribute('lang')).toBe('es');
    expect(await inPanel(page, '.cl-primary').first().textContent()).toBe('Lista completa');
    expect(await inPanel(page, '.cl-topic').first().textContent()).toBe('Entrenamiento con tus datos');
    expect(await inPanel(page, '.cl-text').first().textContent()).toMatch(/^Tus entradas entrenan sus modelos por defecto/);
    // The provider's own words inside the Spanish sentence are marked as English.
    expect(await inPanel(page, '.cl-text [lang="en"]').count()).toBeGreaterThan(0);
    expect(await inPanel(page, '.cl-status').first().textContent()).toMatch(/Precaución|Riesgo|Bien|Desconocido/);
    expect(await root.textContent()).toContain('Los datos de las herramientas están escritos en inglés.');
    expect(await root.getAttribute('aria-label')).toBe('Caveat Lens: ChatGPT');
    expect(await axeViolations(page, PANEL)).toEqual([]);
    await page.close();
  });

  it('the toolbar title counts in Spanish', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    const title = await toolbarTitle();
    expect(title).toMatch(/^Caveat Lens — ChatGPT: \d+ precauciones?/);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the popup speaks Spanish (%s), axe-clean', async (scheme) => {
    const page = await h.open(h.extensionUrl('popup.html?tool=chatgpt'), { viewport: { width: 420, height: 600 } });
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('heading', { name: 'Lista de comprobación' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByRole('button', { name: 'Copiar como Markdown' }).count()).toBe(1);
    const body = (await page.textContent('body')) ?? '';
    for (const row of ['Tipo de contenido', 'Riesgo de alucinaciones', 'Política de privacidad de datos', 'Vulnerabilidades de seguridad'])
      expect(body).toContain(row);
    expect(body).toContain('Los datos de las herramientas están escritos en inglés.');
    expect(await page.locator('[lang="en"]').count()).toBeGreaterThan(5); // the dataset's notes, marked
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the compare and options pages speak Spanish, axe-clean', async () => {
    const compare = await h.open(h.extensionUrl('compare.html?tools=chatgpt,claude'));
    await compare.getByRole('heading', { level: 1 }).waitFor();
    expect(await compare.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await compare.textContent('body')).toContain('Tipo de contenido');
    expect(await axeViolations(compare)).toEqual([]);
    await compare.close();
    const options = await h.open(h.extensionUrl('options.html'));
    await options.getByRole('heading', { name: 'Atajos de teclado' }).waitFor();
    expect(await options.getByRole('combobox', { name: /Idioma/ }).count()).toBe(1);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('choosing English in the options page switches an open panel without a reload', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await expect.poll(() => inPanel(page, '.cl-primary').first().textContent()).toBe('Lista completa');
    expect(await toolbarTitle()).toMatch(/precauciones?$/);
    await setStorage(h, { settings: { version: 1, language: 'en' } });
    await expect.poll(() => inPanel(page, '.cl-primary').first().textContent(), { timeout: 5_000 }).toBe('Full checklist');
    expect(await inPanel(page, '.cl-root').getAttribute('lang')).toBe('en');
    await expect.poll(toolbarTitle, { timeout: 5_000 }).toMatch(/cautions?$/); // the open tab's title too
    await page.close();
  });
});
