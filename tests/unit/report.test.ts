// The data report's figures: unknown rows, official share, copies, oldest check, size as shipped.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getTool, TOOLS } from '@/data/catalogue';
import { kb, reportRows, reportSummary, reportTotal, shippedSize } from '@/data/report';
import type { Source, Tool } from '@/data/schema';

const claude = getTool('claude')!;

/** A small tool: three distinct sources (one official, one of them read through a copy), 4 of 12 rows unknown. */
function fixture(): Tool {
  const official: Source = { url: 'https://vendor.example/terms', title: 'Terms', kind: 'official', checked: '2026-10-01' };
  const copy: Source = {
    ...official,
    url: 'https://vendor.example/privacy',
    title: 'Privacy',
    via: { url: 'https://archive.example/privacy', title: 'Archive copy' },
    checked: '2026-09-15',
  };
  const blog: Source = { url: 'https://blog.example/review', title: 'Review', kind: 'third-party', checked: '2026-11-01' };
  const t = structuredClone(claude) as Tool;
  t.id = 'fixture';
  t.privacy.sources = [official, copy];
  t.pricing.sources = [official];
  t.copyright.sources = [blog];
  t.security = { ...t.security, sources: [blog], incidents: [] };
  t.availability.sources = [official];
  Object.values(t.checklist).forEach((row, i) => {
    row.status = i < 4 ? 'unknown' : 'good';
    row.sources = i < 4 ? [] : [i % 2 ? copy : blog];
  });
  return t;
}

describe('data report figures', () => {
  it('per tool: unknown share, official share of distinct sources, copies, oldest check', () => {
    const [row] = reportRows([fixture()]);
    expect(row).toMatchObject({
      tool: 'fixture',
      rowsFilled: 8,
      unknownShare: 33,
      sources: 3,
      officialShare: 67,
      viaCopies: 1,
      oldestChecked: '2026-09-15',
    });
  });

  it('overall: the same figures over the dataset, and the size as shipped', () => {
    const a = fixture();
    // A second tool citing the same pages (counted once), every row unknown.
    const b = fixture();
    b.id = 'other';
    for (const row of Object.values(b.checklist)) Object.assign(row, { status: 'unknown', sources: [] });
    const total = reportTotal([a, b], reportRows([a, b]));
    expect(total).toMatchObject({
      tools: 2,
      rows: 24,
      rowsFilled: 8,
      unknownShare: 67,
      sources: 3,
      officialShare: 67,
      officialShareOfSources: 67,
      viaCopies: 1,
    });
    expect(total.oldestChecked).toBe('2026-09-15');
    expect(total.shipped).toEqual(shippedSize([a, b]));
  });

  it('measures the shipped dataset as the bundles hold it: its JSON, and that JSON gzipped', () => {
    const json = JSON.stringify(TOOLS);
    const size = shippedSize(TOOLS);
    expect(size.json).toBe(new TextEncoder().encode(json).length);
    expect(size.json).toBeGreaterThanOrEqual(json.length);
    expect(size.gzip).toBeGreaterThan(0);
    expect(size.gzip).toBeLessThan(size.json);
    expect(kb(2048)).toBe(2);
    expect(size.gzip).toBe(gzipSync(json).length);
  });

  it('the summary line names the new figures', () => {
    const total = reportTotal(TOOLS, reportRows(TOOLS));
    const line = reportSummary(total);
    expect(line).toContain(`${total.unknownShare}% honestly unknown`);
    expect(line).toContain(`${total.viaCopies} read via copies`);
    expect(line).toContain(`oldest check ${total.oldestChecked}`);
    expect(line).toContain(`${kb(total.shipped.json)} KB of JSON as shipped`);
  });
});

describe('npm run data:report', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/data-report.ts', ...args], { encoding: 'utf8' });

  it('--json carries the figures per tool and overall; --quiet prints the summary line only', () => {
    const json = run('--json');
    expect(json.status, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout) as { tools: Array<Record<string, unknown>>; total: Record<string, unknown> };
    expect(out.tools[0]).toEqual(
      expect.objectContaining({
        unknownShare: expect.any(Number),
        officialShare: expect.any(Number),
        viaCopies: expect.any(Number),
        oldestChecked: expect.any(String),
      }),
    );
    expect(out.total).toEqual(
      expect.objectContaining({
        unknownShare: expect.any(Number),
        viaCopies: expect.any(Number),
        shipped: { json: expect.any(Number), gzip: expect.any(Number) },
      }),
    );
    const quiet = run('--quiet');
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stdout.trim()).toBe(reportSummary(reportTotal(TOOLS, reportRows(TOOLS))));
  }, 60_000);
});
