// Copies shown honestly: an official text read through a copy says so and links the copy.
import { render, screen, within } from './render';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getTool } from '@/data/catalogue';
import type { Source, Tool } from '@/data/schema';
import { Checklist, SourceList } from '@/components/Checklist';
import { Compare } from '@/components/Compare';

const viaOta: Source = {
  url: 'https://vendor.example/privacy',
  title: 'Vendor Privacy Policy',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/example-versions/blob/main/Vendor/Privacy%20Policy.md',
    title: 'Open Terms Archive copy',
  },
  published: '2026-06-01',
  checked: '2026-11-28',
};
const direct: Source = { url: 'https://vendor.example/terms', title: 'Vendor Terms', kind: 'official', checked: '2026-11-28' };
const review: Source = { url: 'https://press.example/review', title: 'A review', kind: 'third-party', checked: '2026-11-20' };

function expectNewTabLink(link: HTMLElement, href: string) {
  expect(link).toHaveAttribute('href', href);
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
}

/** A dataset tool whose first checklist row rests on a text read through a copy. */
function toolWithCopy(): Tool {
  const t = structuredClone(getTool('claude')!) as Tool;
  t.checklist.contentType = { ...t.checklist.contentType, status: 'good', sources: [viaOta] };
  return t;
}

describe('sources read through a copy', () => {
  it('SourceList: "official text, read via <copy>", both links opening safely in a new tab', () => {
    render(<SourceList sources={[viaOta, direct, review]} />);
    const [copied, plain, third] = screen.getAllByRole('listitem');
    expect(copied).toHaveTextContent(
      'Vendor Privacy Policy (official text, read via Open Terms Archive copy, dated Jun 1, 2026; checked Nov 28, 2026)',
    );
    expectNewTabLink(within(copied!).getByRole('link', { name: 'Vendor Privacy Policy' }), viaOta.url);
    expectNewTabLink(within(copied!).getByRole('link', { name: 'Open Terms Archive copy' }), viaOta.via!.url);
    // Sources read directly keep their plain kind.
    expect(plain).toHaveTextContent('Vendor Terms (official; checked Nov 28, 2026)');
    expect(third).toHaveTextContent('A review (third-party; checked Nov 20, 2026)');
    expect(within(plain!).getAllByRole('link')).toHaveLength(1);
  });

  it('a copy at a non-https address is named but never linked', () => {
    render(<SourceList sources={[{ ...viaOta, via: { url: 'http://mirror.example/privacy', title: 'Insecure mirror' } }]} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('official text, read via Insecure mirror');
    expect(screen.queryByRole('link', { name: 'Insecure mirror' })).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('the checklist row shows it, once opened', async () => {
    render(<Checklist tool={toolWithCopy()} />);
    const row = document.querySelector<HTMLElement>('[data-row="contentType"]')!;
    await userEvent.click(within(row).getByRole('button', { expanded: false }));
    expect(row).toHaveTextContent('official text, read via Open Terms Archive copy');
    expectNewTabLink(within(row).getByRole('link', { name: 'Open Terms Archive copy' }), viaOta.via!.url);
  });

  it('the compare table shows it beside the row’s source', () => {
    render(<Compare tools={[toolWithCopy(), getTool('chatgpt')!]} />);
    const row = screen.getByRole('row', { name: /^Content type/ });
    const cell = within(row).getAllByRole('cell')[0]!;
    expect(cell).toHaveTextContent('Vendor Privacy Policy (official text, read via Open Terms Archive copy)');
    expectNewTabLink(within(cell).getByRole('link', { name: 'Open Terms Archive copy' }), viaOta.via!.url);
  });
});
