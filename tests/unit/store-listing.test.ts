// @vitest-environment node
// The store listings (docs/store/*.md) say what the package does: the host list is the dataset's,
// the short description fits Chrome's 132 characters, and the screenshots are there at store size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX, TOOLS } from '@/data/catalogue';
import { matchPatterns } from '@/data/manifest';

const LISTINGS = ['en', 'es'] as const;
const read = (lang: string) => readFileSync(`docs/store/${lang}.md`, 'utf8');
const block = (text: string, name: string) => text.match(new RegExp(`<!-- ${name} -->\\n([^]*?)\\n<!-- /${name} -->`))?.[1];

/** The manifest's host patterns as the listings print them: `chatgpt.com`, `*.grammarly.com`, … */
const expectedHosts = () =>
  matchPatterns(MATCH_INDEX)
    .map((p) => `\`${p.replace(/^https:\/\//, '').replace(/\/\*$/, '')}\``)
    .join(', ');

/** Hosts where no tool claims the whole site, only paths on it (github.com/copilot, www.figma.com/make, …). */
const pathOnlyHosts = () => {
  const rules = TOOLS.flatMap((t) => t.match);
  const whole = new Set(rules.filter((r) => !r.path).map((r) => r.host));
  return [...new Set(rules.filter((r) => r.path && !whole.has(r.host)).map((r) => r.host))];
};

describe.each(LISTINGS)('docs/store/%s.md', (lang) => {
  const text = read(lang);

  it('lists exactly the hosts the manifest asks for (regenerate the block from the dataset when it changes)', () => {
    expect(block(text, 'hosts'), `expected block:\n${expectedHosts()}`).toBe(expectedHosts());
  });

  it('names every shared host, where the panel shows only on the tool’s own paths, before the host list', () => {
    const prose = text.slice(0, text.indexOf('<!-- hosts -->'));
    const missing = pathOnlyHosts().filter((host) => !prose.includes(`\`${host}\``));
    expect(missing, 'shared hosts the listing does not name').toEqual([]);
  });

  it('has a one-line short description within Chrome’s 132 characters', () => {
    const short = block(text, 'short');
    expect(short).toBeTruthy();
    expect(short).not.toContain('\n');
    expect([...short!].length).toBeLessThanOrEqual(132);
  });

  it('names `storage` as the only permission and the connect-src policy behind the privacy statement', () => {
    expect(text).toContain('**`storage`**');
    expect(text).toContain("`connect-src 'none'`");
    expect(text).toContain('`<all_urls>`'); // said to be absent
  });
});

it('the English and Spanish listings have the same sections', () => {
  const sections = (t: string) => t.match(/^## /gm)?.length;
  expect(sections(read('es'))).toBe(sections(read('en')));
});

describe('store screenshots (npm run store:screenshots)', () => {
  const views = ['panel', 'pill', 'popup', 'compare', 'options'];
  it.each(LISTINGS.flatMap((lang) => views.flatMap((v) => [`${lang}/${v}-light`, `${lang}/${v}-dark`])))(
    '%s.png is 1280×800 without alpha',
    (name) => {
      const png = readFileSync(`docs/store/screenshots/${name}.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
      expect(png[25], 'colour type 2: RGB, no alpha (Chrome Web Store)').toBe(2);
    },
  );
});
