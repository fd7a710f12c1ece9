// The URL → tool table: positives for every rule, negatives for shared hosts, lookalikes, variants and schemes.
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX, matchTool, TOOLS } from '@/data/catalogue';
import { matchUrl } from '@/data/match';

const positives: Array<[string, string]> = [];
// Every rule of every tool: its root, a deep path, a query and a hash.
for (const tool of TOOLS) {
  for (const rule of tool.match) {
    const base = `https://${rule.host}${rule.path ?? ''}`;
    positives.push([base, tool.id], [`${base}/deep/path?x=1#frag`, tool.id]);
    if (rule.subdomains) positives.push([`https://app.${rule.host}${rule.path ?? '/'}`, tool.id]);
  }
}
positives.push(
  ['https://chatgpt.com/c/6f1e-42', 'chatgpt'],
  ['https://chat.openai.com/?model=gpt-4', 'chatgpt'],
  ['https://claude.ai/new', 'claude'],
  ['https://claude.ai/chat/abc', 'claude'],
  ['https://x.com/i/grok', 'grok'],
  ['https://x.com/i/grok?conversation=1', 'grok'],
  ['https://github.com/copilot', 'github-copilot'],
  ['https://github.com/copilot/c/123', 'github-copilot'],
  ['https://github.com/features/copilot', 'github-copilot'],
  ['https://huggingface.co/chat', 'huggingchat'],
  ['https://huggingface.co/chat/conversation/1', 'huggingchat'],
  ['https://www.bing.com/chat', 'microsoft-copilot'],
  ['https://replit.com/ai', 'replit-agent'],
  ['https://lumalabs.ai/dream-machine', 'luma-dream-machine'],
  ['https://sora.chatgpt.com/explore', 'sora'],
  // Case, port, trailing dot: the same site.
  ['https://CHATGPT.COM/', 'chatgpt'],
  ['https://ChatGPT.com/c/1', 'chatgpt'],
  ['https://chatgpt.com:443/', 'chatgpt'],
  ['https://chatgpt.com./', 'chatgpt'],
  ['http://chatgpt.com/', 'chatgpt'],
  ['http://claude.ai:80/new', 'claude'],
  ['https://X.com/i/grok', 'grok'],
  ['https://claude.ai./new', 'claude'],
);

const negatives: string[] = [
  // Shared hosts: only the AI paths belong to a tool.
  'https://x.com/',
  'https://x.com/home',
  'https://x.com/i/grokking',
  'https://x.com/i/bookmarks',
  'https://x.com/grok',
  'https://github.com/',
  'https://github.com/features',
  'https://github.com/features/actions',
  'https://github.com/copilotx',
  'https://github.com/someone/copilot',
  'https://huggingface.co/',
  'https://huggingface.co/models',
  'https://huggingface.co/chatbots',
  'https://www.bing.com/',
  'https://www.bing.com/search?q=chat',
  'https://www.bing.com/chats',
  'https://replit.com/',
  'https://replit.com/aim',
  'https://replit.com/@user/app',
  'https://lumalabs.ai/',
  'https://lumalabs.ai/genie',
  // Lookalikes.
  'https://chatgpt.com.evil.example/',
  'https://notchatgpt.com/',
  'https://chatgpt.com@evil.example/',
  'https://evil.example/chatgpt.com',
  'https://evil.example/?u=https://chatgpt.com/',
  'https://claude.ai.evil.example/new',
  'https://fakeclaude.ai/',
  'https://x.com.evil.example/i/grok',
  'https://evilx.com/i/grok',
  'https://github.com.evil.example/copilot',
  'https://deepseek-chat.example/',
  'https://chat-deepseek.com/',
  'https://kimi.com.cn.example/',
  'https://chatgpt.co/',
  'https://www.chatgpt.com.example/',
  // Hosts the dataset does not claim (no subdomain rule covers them).
  'https://sub.chatgpt.com/',
  'https://api.claude.ai/',
  'https://example.org/',
  'https://www.example.org/',
  // Other ports are other servers.
  'https://chatgpt.com:8443/',
  'http://claude.ai:8080/',
  // Not web pages.
  'file:///home/me/chatgpt.com/index.html',
  'chrome://extensions/',
  'chrome-extension://abcdefghijklmnop/popup.html',
  'about:blank',
  'ftp://chatgpt.com/',
  'data:text/html,chatgpt.com',
  'javascript:alert(1)',
  'view-source:https://chatgpt.com/',
  'ws://chatgpt.com/',
  '',
  'not a url',
  'chatgpt.com',
];

describe('matchUrl', () => {
  it.each(positives)('%s → %s', (url, id) => {
    expect(matchUrl(MATCH_INDEX, url)).toBe(id);
    expect(matchTool(url)?.id).toBe(id);
  });

  it.each(negatives)('%s → nothing', (url) => {
    expect(matchUrl(MATCH_INDEX, url)).toBeNull();
  });

  it('the longest rule wins', () => {
    const index = [
      ['whole', 'example.com', false, ''],
      ['chat', 'example.com', false, '/chat'],
      ['deep', 'example.com', false, '/chat/pro'],
      ['wild', 'example.com', true, ''],
    ] as const;
    expect(matchUrl(index, 'https://example.com/')).toBe('whole');
    expect(matchUrl(index, 'https://example.com/chat/1')).toBe('chat');
    expect(matchUrl(index, 'https://example.com/chat/pro/x')).toBe('deep');
    expect(matchUrl(index, 'https://a.example.com/chat')).toBe('wild');
  });
});
