import { describe, expect, it } from 'vitest';
import { canonicalUrl, officialProblem, spellingProblem, truncatedSlug } from '@/data/source-rules';

describe('official sources', () => {
  it.each([
    ['https://openai.com/policies/privacy-policy/', ['openai.com'], null],
    ['https://help.openai.com/en/articles/1', ['openai.com'], null],
    ['https://openai.com.evil.example/x', ['openai.com'], /not one of/],
    ['https://notopenai.com/x', ['openai.com'], /not one of/],
    ['https://ask.replit.com/t/terms/1', ['replit.com'], /forum/],
    ['https://forum.cursor.com/t/1', ['cursor.com'], /forum/],
    ['https://github.com/github/docs/pull/1.diff', ['github.com'], /diff/],
    ['https://github.com/github/docs/pull/1.patch', ['github.com'], /diff/],
    [
      'https://raw.githubusercontent.com/huggingface/chat-ui/main/PRIVACY.md',
      ['huggingface.co', 'githubusercontent.com'],
      /copy or mirror/,
    ],
    ['https://web.archive.org/web/2025/https://openai.com/', ['openai.com', 'archive.org'], /copy or mirror/],
  ] as const)('%s on %o', (url, domains, expected) => {
    const p = officialProblem(url, domains);
    if (expected === null) expect(p).toBeNull();
    else expect(p).toMatch(expected);
  });
});

describe('one spelling per page', () => {
  it('treats scheme-equal spellings of one page as one', () => {
    const one = canonicalUrl('https://openai.com/enterprise-privacy');
    for (const u of [
      'https://openai.com/enterprise-privacy/',
      'https://OpenAI.com/enterprise-privacy',
      'https://www.openai.com/enterprise-privacy',
      'https://openai.com/enterprise-privacy?utm_source=x',
    ])
      expect(canonicalUrl(u)).toBe(one);
    expect(canonicalUrl('https://openai.com/enterprise')).not.toBe(one);
    expect(canonicalUrl('https://help.mistral.ai/en/articles/424390-how-do-i-increase-them%C2%A0')).toBe(
      'https://help.mistral.ai/en/articles/424390-how-do-i-increase-them',
    );
  });

  it('flags stray encoded spaces and tracking parameters', () => {
    expect(spellingProblem('https://help.mistral.ai/en/articles/1-x%C2%A0')).toMatch(/encoded space/);
    expect(spellingProblem('https://x.ai/legal?utm_source=foo')).toMatch(/tracking/);
    expect(spellingProblem('https://x.ai/legal/terms-of-service')).toBeNull();
  });

  it('flags a help-centre slug cut off mid-word, not a real short word', () => {
    expect(truncatedSlug('https://help.openai.com/en/articles/11481834-cha')).toBe(true);
    expect(truncatedSlug('https://help.openai.com/en/articles/7730893-data-controls-faq')).toBe(false);
    expect(truncatedSlug('https://help.openai.com/en/articles/6950777-what-is-chatgpt-plus')).toBe(false);
    expect(truncatedSlug('https://openai.com/policies/eu-terms-of-use/')).toBe(false);
  });
});
