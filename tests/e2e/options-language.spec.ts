// The options page's Language setting in the real extension: the page, another open extension page and an open tab's panel follow it at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import { clearStorage, launch, PANEL, waitForPanel, type Harness } from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
beforeEach(() => clearStorage(h));
afterAll(async () => {
  await h?.close();
});

describe('language setting', () => {
  it('Español applies without reload to the options page, the compare page and an open tab’s panel; and back', async () => {
    const tab = await h.open('https://chatgpt.com/');
    await waitForPanel(tab);
    const panelLang = () => tab.locator(`${PANEL} .cl-root`).first().getAttribute('lang');
    expect(await panelLang()).toBe('en');
    const compare = await h.open(h.extensionUrl('compare.html?tools=chatgpt,claude'));
    const options = await h.open(h.extensionUrl('options.html'));
    const htmlLang = (page: typeof options) => page.evaluate(() => document.documentElement.lang);

    await options.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Ajustes de Caveat Lens');
    expect(await htmlLang(options)).toBe('es');
    await expect.poll(() => htmlLang(compare)).toBe('es');
    await expect.poll(panelLang, { timeout: 1000 }).toBe('es');
    expect(await options.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');
    expect(await axeViolations(options)).toEqual([]);

    await options.getByRole('combobox', { name: 'Idioma' }).selectOption('auto');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Caveat Lens settings');
    await expect.poll(panelLang, { timeout: 1000 }).toBe('en');
    await expect.poll(() => htmlLang(compare)).toBe('en');
    for (const page of [options, compare, tab]) await page.close();
  });
});
