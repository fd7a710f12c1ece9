// An organisation's policy, set the way an administrator sets it: a JSON file in Chromium's
// managed-policy folder (3rdparty → extensions → <id>), read by the real, unpacked build in
// headless Chromium. Needs root to write /etc/chromium/policies; skipped (and said so) otherwise.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTool } from '../../data/catalogue.ts';
import { axeViolations } from '../../scripts/harness/axe';
import { EXTENSION_DIR, launch, PANEL, setStorage, waitForPanel, type Harness } from '../../scripts/harness/browser';
import { canWritePolicies, writeExtensionPolicy } from '../../scripts/harness/policy';

declare const chrome: any;

/** An internal tool in the dataset's format, as an admin writes it for Chrome: prices as text. */
function acmeHelper() {
  const tool = JSON.parse(JSON.stringify(getTool('chatgpt'))) as any;
  for (const plan of tool.pricing.plans) plan.price = String(plan.price);
  tool.availability.minAge = String(tool.availability.minAge);
  return {
    ...tool,
    id: 'acme-helper',
    name: 'Acme Helper',
    vendor: 'Acme IT',
    summary: 'Acme’s own assistant: a custom GPT in the company’s ChatGPT Enterprise workspace.',
    match: [{ host: 'chatgpt.com', path: '/g/g-acme-helper' }],
    alternatives: [],
  };
}

const POLICY = {
  orgName: 'Acme Corp',
  notes: {
    chatgpt: {
      text: 'Use the Acme Enterprise workspace, not the consumer app.',
      level: 'warning',
      url: 'https://intranet.acme-corp.com/ai',
    },
    // Valid for Chrome's schema (text), invalid for Caveat Lens: reported on the options page, the rest applies.
    claude: { text: 'Approved for public data only', level: 'maybe' },
  },
  lockedTools: ['chatgpt'],
  defaults: { staleDays: 45 },
  lockedSettings: ['staleDays'],
  pasteNudge: { allowDismiss: false, allowDisable: true },
  extraTools: [acmeHelper()],
};

const writable = canWritePolicies();
if (!writable) console.warn('policy.spec: cannot write Chromium’s policy folder (not root); skipped');

describe.skipIf(!writable)('an organisation’s policy in Chromium', () => {
  let h: Harness;
  let removePolicy: () => void = () => {};
  beforeAll(async () => {
    removePolicy = writeExtensionPolicy(EXTENSION_DIR, POLICY);
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
    removePolicy();
  });

  const panelText = (page: Page) => page.locator(`${PANEL} [role="complementary"]`).innerText();

  it('Chromium accepts the schema and hands the policy to the extension', async () => {
    // Read from an extension page: Chromium reads a policy file once it has settled (a few seconds after it was written).
    const page = await h.open(h.extensionUrl('options.html'));
    const managed = await page.evaluate(() => chrome.storage.managed.get(null));
    await page.close();
    expect(managed).toMatchObject({ orgName: 'Acme Corp', lockedTools: ['chatgpt'], defaults: { staleDays: 45 } });
    expect(managed.extraTools[0]).toMatchObject({ id: 'acme-helper', pricing: { plans: expect.any(Array) } });
  });

  it('the panel shows the note first, and its site switch is gone with the reason — even where the user had turned it off', async () => {
    await setStorage(h, { sites: { chatgpt: { panel: false } } });
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    const note = page.locator(`${PANEL} .cl-org`);
    expect(await note.innerText()).toMatch(/From Acme Corp · Warning\s+Use the Acme Enterprise workspace, not the consumer app\./);
    const text = await panelText(page);
    expect(text.indexOf('From Acme Corp')).toBeLessThan(text.indexOf('Training on your data'));
    expect(await page.locator(`${PANEL} button`, { hasText: 'Don’t show on this site' }).count()).toBe(0);
    expect(text).toContain('Acme Corp keeps this panel on');
    expect(await axeViolations(page, PANEL)).toEqual([]);
    await setStorage(h, { sites: {} });
    await page.close();
  });

  it('the organisation’s own tool gets a panel on a host the extension already reads', async () => {
    const page = await h.open('https://chatgpt.com/g/g-acme-helper');
    await waitForPanel(page);
    expect(await page.locator(PANEL).getAttribute('data-tool-id')).toBe('acme-helper');
    expect(await panelText(page)).toContain('Acme Helper');
    await page.close();
  });

  it('the popup: the note above the checklist, the site switch held; light and dark', async () => {
    const page = await h.open(h.extensionUrl('popup.html?tool=chatgpt'), { viewport: { width: 420, height: 600 } });
    const note = page.getByRole('region', { name: 'From Acme Corp' });
    await note.waitFor();
    expect(await note.innerText()).toContain('Use the Acme Enterprise workspace');
    expect(await page.getByRole('checkbox', { name: 'Show the panel' }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the options page: the invalid entry named, the managed setting disabled with its reason; light and dark', async () => {
    const page = await h.open(h.extensionUrl('options.html'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Your organisation’s policy has an invalid entry: notes.claude: invalid level');
    const stale = page.getByRole('spinbutton', { name: /Warn when facts are older than/ });
    await expect.poll(() => stale.isDisabled()).toBe(true);
    expect(await stale.inputValue()).toBe('45');
    expect(await page.getByText('Acme Helper — in-page panel on its site').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
