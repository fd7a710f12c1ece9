import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '@/utils/background/commands';
import { COMMANDS, commandMessageKey, isCommandName, type CommandName } from '@/utils/commands/manifest';
import { createI18n } from '@/utils/i18n/i18n';
import { LOCALES } from '@/utils/i18n/locales';
import { isTabMessage, TOGGLE_PANEL } from '@/utils/panel/messages';

const CHATGPT_TAB = { id: 7, url: 'https://chatgpt.com/c/123' };
const toolAt = async (url: string) => (url.startsWith('https://chatgpt.com/') ? 'chatgpt' : null);

/** The fake browser with openPopup allowed or refused and tabs.sendMessage answered or not. */
function api({ popup = true, contentScript = true } = {}) {
  const openPopup = vi.fn(popup ? () => Promise.resolve() : () => Promise.reject(new Error('openPopup requires a user gesture')));
  const sendMessage = vi.fn((_tabId: number, _message: unknown): Promise<unknown> =>
    contentScript ? Promise.resolve(undefined) : Promise.reject(new Error('Could not establish connection.')),
  );
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  const query = vi.spyOn(fakeBrowser.tabs, 'query');
  const browser = {
    ...fakeBrowser,
    action: { ...fakeBrowser.action, openPopup },
    tabs: { ...fakeBrowser.tabs, sendMessage, create, query },
  };
  return { browser: browser as never, openPopup, sendMessage, create, query };
}

describe('the keyboard commands', () => {
  it('are defined in one place, each with a short description and a suggested key', () => {
    expect(Object.keys(COMMANDS)).toEqual(['toggle-panel', 'open-checklist']);
    for (const name of Object.keys(COMMANDS) as CommandName[]) {
      const c = COMMANDS[name];
      // Worded in the browser's language from _locales; short enough for its shortcuts page in each.
      expect(c.description).toMatch(/^__MSG_cmd\w+__$/);
      for (const locale of LOCALES) expect(createI18n(locale).t(commandMessageKey(name)).length, locale).toBeLessThanOrEqual(60);
      expect(c.suggested_key.default).toMatch(/^Alt\+Shift\+[A-Z]$/);
    }
    expect(new Set(Object.values(COMMANDS).map((c) => c.suggested_key.default)).size).toBe(2);
    expect(isCommandName('toggle-panel')).toBe(true);
    expect(isCommandName('toString')).toBe(false);
  });

  it('toggle: asks the content script of the tab the key was pressed on', async () => {
    const { browser, sendMessage } = api();
    expect(await runCommand(browser, 'toggle-panel', CHATGPT_TAB, toolAt)).toBe('toggled');
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'toggle-panel' });
    expect(isTabMessage(sendMessage.mock.calls[0]![1])).toBe(true);
  });

  it('toggle without a tab from the browser: the active tab of the last focused window', async () => {
    const { browser, sendMessage, query } = api();
    query.mockImplementation((() => Promise.resolve([{ id: 12, url: 'https://chatgpt.com/' }])) as never);
    expect(await runCommand(browser, 'toggle-panel', undefined, toolAt)).toBe('toggled');
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(12, TOGGLE_PANEL);
  });

  it('toggle on a page with no content script (not a tool’s page): nothing happens, nothing throws', async () => {
    const { browser, openPopup, create } = api({ contentScript: false });
    expect(await runCommand(browser, 'toggle-panel', { id: 3, url: undefined }, toolAt)).toBe('no-panel');
    expect(openPopup).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('checklist: opens the popup (which shows the active tab’s tool), and nothing else', async () => {
    const { browser, openPopup, create, sendMessage } = api();
    expect(await runCommand(browser, 'open-checklist', CHATGPT_TAB, toolAt)).toBe('popup');
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(create).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('checklist: the popup is asked for before anything is awaited (Firefox needs the key press’s gesture)', () => {
    const { browser, openPopup } = api();
    void runCommand(browser, 'open-checklist', CHATGPT_TAB, toolAt);
    expect(openPopup).toHaveBeenCalledTimes(1); // synchronously, in the same task
  });

  it('checklist where the popup is refused: the tool’s checklist in a tab', async () => {
    const { browser, create } = api({ popup: false });
    expect(await runCommand(browser, 'open-checklist', CHATGPT_TAB, toolAt)).toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?tool=chatgpt$/) });
  });

  it('checklist on a tab with no known tool, popup refused: the popup page’s own "no tool" view with search', async () => {
    const { browser, create } = api({ popup: false });
    expect(await runCommand(browser, 'open-checklist', { id: 4, url: 'https://example.org/' }, toolAt)).toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html$/) });
  });

  it('checklist where the tool lookup fails: still a tab, on the "no tool" view', async () => {
    const { browser, create } = api({ popup: false });
    const failing = () => Promise.reject(new Error('policy unreadable'));
    expect(await runCommand(browser, 'open-checklist', CHATGPT_TAB, failing)).toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html$/) });
  });

  it('an unknown command (another version’s, or the browser’s own) is ignored', async () => {
    const { browser, openPopup, sendMessage } = api();
    expect(await runCommand(browser, '_execute_action', CHATGPT_TAB, toolAt)).toBe('ignored');
    expect(openPopup).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('isTabMessage (the content script’s guard)', () => {
  it.each([
    [{ type: 'toggle-panel' }, true],
    [{ type: 'toggle-panel', extra: 1 }, true],
    [{ type: 'panel', toolId: 'chatgpt' }, false],
    [null, false],
    [undefined, false],
    ['toggle-panel', false],
    [42, false],
    [['toggle-panel'], false],
  ])('%j → %s', (value, expected) => {
    expect(isTabMessage(value)).toBe(expected);
  });
});
