// Which of the organisation's tools get a panel, and how the background hands their rules to the content script.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MATCH_INDEX, TOOLS } from '@/data/catalogue';
import { currentPolicy, forgetPolicy, syncOrgMatch, toolForUrl } from '@/utils/background/policy';
import { isMatchIndex, readOrgMatch } from '@/utils/panel/org-match';
import { parsePolicy } from '@/utils/policy/model';
import { hasPanel, orgMatchIndex } from '@/utils/policy/org-match';
import { parseOrgTools } from '@/utils/policy/org-tools';
import { orgTool } from './org-tool';

const onChatgpt = orgTool();
const onGrammarlySub = orgTool({ id: 'acme-writer', match: [{ host: 'acme.grammarly.com' }] });
const elsewhere = orgTool({ id: 'acme-internal', match: [{ host: 'ai.acme-corp.com' }] });
const tools = parsePolicy({ extraTools: [onChatgpt, onGrammarlySub, elsewhere] }, new Set(TOOLS.map((t) => t.id)), parseOrgTools).policy
  .tools;

describe('org tools and the extension’s hosts', () => {
  it('a tool gets a panel only on a host the extension was built for', () => {
    expect(tools.map((t) => hasPanel(t, MATCH_INDEX))).toEqual([true, true, false]);
    expect(orgMatchIndex(tools, MATCH_INDEX)).toEqual([
      ['acme-helper', 'chatgpt.com', false, '/g/g-acme-helper'],
      ['acme-writer', 'acme.grammarly.com', false, ''],
    ]);
  });

  it('the content script’s guard takes the index and nothing else', () => {
    expect(isMatchIndex(orgMatchIndex(tools, MATCH_INDEX))).toBe(true);
    expect(isMatchIndex([])).toBe(true);
    for (const bad of [null, {}, [['a', 'b', 'yes', '']], [['a', 'b', true]], [['a', 1, true, '']], 'x'])
      expect(isMatchIndex(bad)).toBe(false);
  });
});

describe('background', () => {
  it('matches the most specific rule: the organisation’s custom GPT path beats ChatGPT; the rest of chatgpt.com stays ChatGPT', async () => {
    await fakeBrowser.storage.managed.set({ extraTools: [onChatgpt] });
    forgetPolicy();
    const policy = await currentPolicy();
    expect(toolForUrl(policy, 'https://chatgpt.com/g/g-acme-helper/c/1')?.id).toBe('acme-helper');
    expect(toolForUrl(policy, 'https://chatgpt.com/c/1')?.id).toBe('chatgpt');
    expect(toolForUrl(policy, 'https://ai.acme-corp.com/')).toBeNull();
  });

  it('leaves the reachable rules in storage.local for the content script, and removes them with the policy', async () => {
    await fakeBrowser.storage.managed.set({ extraTools: [onChatgpt, elsewhere] });
    forgetPolicy();
    await syncOrgMatch();
    expect(await readOrgMatch()).toEqual([['acme-helper', 'chatgpt.com', false, '/g/g-acme-helper']]);
    await fakeBrowser.storage.managed.clear();
    forgetPolicy();
    await syncOrgMatch();
    expect(await fakeBrowser.storage.local.get('orgMatch')).toEqual({ orgMatch: undefined });
    expect(await readOrgMatch()).toEqual([]);
  });

  it('a tampered stored index is ignored by the content script', async () => {
    await fakeBrowser.storage.local.set({ orgMatch: [['x', 'chatgpt.com', 'always', '']] });
    expect(await readOrgMatch()).toEqual([]);
  });
});
