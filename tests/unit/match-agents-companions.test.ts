import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

// Agents & companions group. Codex (chatgpt.com/codex) was not added — its path and Codex-specific data terms could
// not be confirmed on an OpenAI page — so chatgpt.com/codex still belongs to the chatgpt entry.
const cases: Array<[string, string | null]> = [
  // Claude Code on the web: a path rule on claude.ai, both ways.
  ['https://claude.ai/code', 'claude-code-web'],
  ['https://claude.ai/code/', 'claude-code-web'],
  ['https://claude.ai/code/session_01AbCdEf?tab=diff', 'claude-code-web'],
  ['https://claude.ai/new', 'claude'],
  ['https://claude.ai/chat/123', 'claude'],
  ['https://claude.ai/codex', 'claude'],
  ['https://claude.ai/', 'claude'],
  ['https://claude.ai.evil.example/code', null],
  ['https://notclaude.ai/code', null],
  // GitHub Spark: a path rule on github.com next to github-copilot's /copilot rules.
  ['https://github.com/spark', 'github-spark'],
  ['https://github.com/spark/octocat/marketing-assistant', 'github-spark'],
  ['https://github.com/sparkles', null],
  ['https://github.com/copilot', 'github-copilot'],
  ['https://github.com/octocat/spark', null],
  ['https://github.com.evil.example/spark', null],
  ['https://notgithub.com/spark', null],
  // Shared host chatgpt.com: Codex not added, so both stay with chatgpt.
  ['https://chatgpt.com/c/1', 'chatgpt'],
  ['https://chatgpt.com/codex', 'chatgpt'],
];

describe('agents-companions matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
