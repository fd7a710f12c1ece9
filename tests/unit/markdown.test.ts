// The Markdown copy names a copy the text was read through, with its link.
import { describe, expect, it } from 'vitest';
import { getTool } from '@/data/catalogue';
import type { Source, Tool } from '@/data/schema';
import { checklistMarkdown } from '@/utils/format/markdown';

const viaOta: Source = {
  url: 'https://vendor.example/privacy',
  title: 'Vendor Privacy Policy',
  kind: 'official',
  via: { url: 'https://github.com/OpenTermsArchive/example-versions/blob/main/Vendor/Privacy.md', title: 'Open Terms Archive copy' },
  checked: '2026-11-28',
};

function withSources(sources: Source[]): Tool {
  const t = structuredClone(getTool('claude')!) as Tool;
  t.checklist.dataPrivacyPolicy = { ...t.checklist.dataPrivacyPolicy, status: 'caution', sources };
  return t;
}
const privacyLine = (md: string) => md.split('\n').find((l) => l.startsWith('| Data privacy policy |'))!;

describe('markdown sources', () => {
  it('an official text read through a copy: "official text, read via [copy](url)"', () => {
    expect(privacyLine(checklistMarkdown(withSources([viaOta])))).toContain(
      'Sources: [Vendor Privacy Policy](https://vendor.example/privacy) (official text, read via [Open Terms Archive copy](https://github.com/OpenTermsArchive/example-versions/blob/main/Vendor/Privacy.md); checked Nov 28, 2026)',
    );
  });

  it('a source read directly is unchanged; a non-https copy is named without a link', () => {
    const { via: _via, ...direct } = viaOta;
    expect(privacyLine(checklistMarkdown(withSources([direct])))).toContain(
      'Sources: [Vendor Privacy Policy](https://vendor.example/privacy) (checked Nov 28, 2026)',
    );
    const insecure = privacyLine(checklistMarkdown(withSources([{ ...viaOta, via: { url: 'http://mirror.example/p', title: 'Mirror' } }])));
    expect(insecure).toContain('(official text, read via Mirror; checked Nov 28, 2026)');
    expect(insecure).not.toContain('http://mirror.example');
  });
});

describe('markdown training line', () => {
  it('words training from the tool’s training parts, as every other view does', () => {
    const t = structuredClone(getTool('claude')!) as Tool;
    t.privacy.training = { default: 'on', optOut: 'setting', never: false, scope: 'unknown' };
    expect(checklistMarkdown(t)).toContain(
      'Trains on your inputs: Your inputs train its models by default; you can switch it off in settings.',
    );
    t.privacy.training = { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' };
    expect(checklistMarkdown(t)).toContain('Trains on your inputs: Whether your inputs train its models is unknown.');
  });
});
