// The dataset: every tool valid and sourced; the schema rejects what must never ship.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastChecked, sourcesOf, TOOLS } from '@/data/catalogue';
import { checkSources, checkTools } from '@/data/validate';
import { ROW_IDS, Tool } from '@/data/schema';
import chatgpt from '@/data/tools/chatgpt';

const REQUIRED =
  'chatgpt claude gemini microsoft-copilot meta-ai le-chat perplexity deepseek grok huggingchat poe character-ai qwen-chat pi openai-platform claude-platform google-ai-studio mistral-la-plateforme deepseek-platform github-copilot cursor v0 bolt lovable replit-agent midjourney stability-ai adobe-firefly leonardo-ai ideogram sora runway pika luma-dream-machine krea suno udio elevenlabs notebooklm kimi'.split(
    ' ',
  );

describe('the catalogue', () => {
  it('holds the 40 required tools, each valid, and nothing is wrong across tools', () => {
    const ids = TOOLS.map((t) => t.id);
    for (const id of REQUIRED) expect(ids).toContain(id);
    expect(checkTools(TOOLS.map((t) => ({ file: t.id, data: t })))).toEqual([]);
  });

  it('registers every file in data/tools under its own id', () => {
    const files = readdirSync('data/tools')
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(TOOLS.map((t) => t.id).sort()).toEqual(files.sort());
  });

  it.each(TOOLS.map((t) => [t.id, t] as const))('%s: twelve rows, https sources, dates never ahead of the check', (_id, tool) => {
    expect(Object.keys(tool.checklist).sort()).toEqual([...ROW_IDS].sort());
    const sources = sourcesOf(tool);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.url.startsWith('https://')).toBe(true);
      // Clean addresses: no tracking parameters, no trailing dot in the host.
      expect(s.url, s.url).not.toMatch(/[?&](utm_[a-z]+|ref|sa|ved|fbclid|gclid)=/);
      expect(new URL(s.url).hostname.endsWith('.'), s.url).toBe(false);
      if (s.published) expect(s.published <= s.checked).toBe(true);
    }
    expect(lastChecked(tool)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(tool.changelog[0]?.change).toBeTruthy();
  });

  it('cites official sources only on the tool’s own domains, one spelling and one date per page', () => {
    expect(checkSources(TOOLS.map((t) => ({ file: t.id, tool: t })))).toEqual([]);
  });

  it('marks a source official only on the provider’s own domain (never a copy site)', () => {
    const copySites = /deepseek-?ai|deepseekchat|kimi-?ai\.|kimik2|qwen-ai|qwen3|grok-?ai\.|conductatlas|github\.io/;
    for (const t of TOOLS) for (const s of sourcesOf(t)) if (s.kind === 'official') expect(new URL(s.url).host).not.toMatch(copySites);
  });
});

describe('the schema rejects', () => {
  const base = structuredClone(chatgpt) as unknown as Record<string, any>;
  const bad = (mutate: (t: any) => void) => {
    const t = structuredClone(base);
    mutate(t);
    return Tool.safeParse(t).success;
  };
  afterEach(() => vi.useRealTimers());

  it('accepts the unmodified tool', () => expect(bad(() => {})).toBe(true));
  it('a non-https source URL', () => expect(bad((t) => (t.privacy.sources[0].url = 'http://openai.com/privacy'))).toBe(false));
  it('a javascript: homepage', () => expect(bad((t) => (t.homepage = 'javascript:alert(1)'))).toBe(false));
  it('a missing row', () => expect(bad((t) => delete t.checklist.hallucinationRisk)).toBe(false));
  it('an unknown row', () => expect(bad((t) => (t.checklist.vibes = t.checklist.outputQuality))).toBe(false));
  it('an empty note', () => expect(bad((t) => (t.checklist.outputQuality.note = '  '))).toBe(false));
  it('a row with a status but no source', () =>
    expect(bad((t) => Object.assign(t.checklist.outputQuality, { status: 'good', sources: [] }))).toBe(false));
  it('a date in the future (tomorrow, by the clock), not today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-06-15T23:30:00Z'));
    expect(bad((t) => (t.privacy.sources[0].checked = '2030-06-16'))).toBe(false);
    expect(bad((t) => (t.privacy.sources[0].checked = '2030-06-15'))).toBe(true);
  });
  it('an impossible date', () => expect(bad((t) => (t.pricing.read = '2026-02-30'))).toBe(false));
  it('an upper-case or port-carrying host', () => {
    expect(bad((t) => (t.match = [{ host: 'ChatGPT.com' }]))).toBe(false);
    expect(bad((t) => (t.match = [{ host: 'chatgpt.com:443' }]))).toBe(false);
  });

  it('duplicate ids, unknown alternatives and two tools claiming the same URL', () => {
    const a = structuredClone(base);
    a.alternatives = [];
    expect(
      checkTools([
        { file: 'a', data: a },
        { file: 'b', data: structuredClone(a) },
      ])
        .map((p) => p.message)
        .join(),
    ).toMatch(/duplicate id "chatgpt"/);
    const b = structuredClone(a);
    b.id = 'b';
    expect(
      checkTools([
        { file: 'a', data: a },
        { file: 'b', data: b },
      ])
        .map((p) => p.message)
        .join(),
    ).toMatch(/"chatgpt.com" is already claimed by chatgpt/);
    const c = structuredClone(base);
    c.id = 'other';
    c.alternatives = ['nope'];
    c.match = [{ host: 'other.example' }];
    expect(checkTools([{ file: 'c', data: c }])[0]?.message).toMatch(/no tool with id "nope"/);
    const d = structuredClone(base);
    d.id = 'wild';
    d.alternatives = [];
    d.match = [{ host: 'com', subdomains: true }];
    expect(checkTools([{ file: 'd', data: d }]).length).toBeGreaterThan(0); // "com" is not a host name
    d.match = [{ host: 'openai.com', subdomains: true }];
    const e = structuredClone(base);
    e.id = 'e';
    e.alternatives = [];
    e.match = [{ host: 'chat.openai.com' }];
    expect(
      checkTools([
        { file: 'd', data: d },
        { file: 'e', data: e },
      ])
        .map((p) => p.message)
        .join(),
    ).toMatch(/also claims chat\.openai\.com/);
  });
});

describe('the README', () => {
  it('quotes the current data-report summary', async () => {
    const { readFileSync } = await import('node:fs');
    const { reportRows, reportSummary, reportTotal } = await import('@/data/report');
    const readme = readFileSync('README.md', 'utf8');
    const quoted = readme.match(/<!-- data-report -->\n> (.*)\n<!-- \/data-report -->/)?.[1];
    expect(quoted).toBe(reportSummary(reportTotal(TOOLS, reportRows(TOOLS))));
  });

  it('counts the tools the dataset holds, where it names a number', async () => {
    const { readFileSync } = await import('node:fs');
    const counts = [...readFileSync('README.md', 'utf8').matchAll(/\b(\d+) tools(?: in the dataset|, one file each)/g)].map((m) =>
      Number(m[1]),
    );
    expect(counts.length).toBeGreaterThan(0);
    expect(
      counts.every((n) => n === TOOLS.length),
      `README says ${counts.join(', ')}; the dataset has ${TOOLS.length}`,
    ).toBe(true);
  });
});
