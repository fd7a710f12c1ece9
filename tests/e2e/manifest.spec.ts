// The built manifests ask for exactly the dataset's hosts and `storage`, nothing more, forbid
// connections from the extension's pages, and list icons that exist at their stated sizes.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '../../data/catalogue';
import { matchPatterns } from '../../data/manifest';
import { EXTENSION_DIR } from '../../scripts/harness/browser';
import { FIREFOX_DIR } from '../../scripts/harness/firefox';
import { COMMANDS } from '../../utils/commands/manifest';

/** A PNG's pixel size, from its IHDR chunk (bytes 16–23), or null if the file is no PNG. */
function pngSize(path: string): { width: number; height: number } | null {
  const b = readFileSync(path);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** `a b; c d` → { a: 'b', c: 'd' } */
const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]),
  );

describe.each([
  ['chrome-mv3', EXTENSION_DIR],
  ['firefox-mv3', FIREFOX_DIR],
])('built %s manifest', (_name, dir) => {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const patterns = matchPatterns(MATCH_INDEX);

  it('host permissions and content-script matches equal the dataset’s patterns', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.host_permissions].sort()).toEqual(patterns);
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual(patterns);
  });

  it('asks for storage only: no tabs, no <all_urls>, no remote code', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('declares the keyboard commands, with their suggested keys and descriptions, from the one definition', () => {
    expect(manifest.commands).toEqual(COMMANDS);
    expect(manifest.commands['toggle-panel'].suggested_key).toEqual({ default: 'Alt+Shift+L' });
  });

  it('extension pages: scripts as strict as the MV3 default, and no connections at all', () => {
    expect(Object.keys(manifest.content_security_policy)).toEqual(['extension_pages']);
    expect(directives(manifest.content_security_policy.extension_pages)).toEqual({
      'script-src': "'self'",
      'object-src': "'self'",
      'connect-src': "'none'",
    });
  });

  it('lists the icons at 16, 32, 48, 96 and 128 px for the toolbar and the stores, each a PNG of that size', () => {
    const expected = Object.fromEntries([16, 32, 48, 96, 128].map((s) => [String(s), `icons/${s}.png`]));
    expect(manifest.icons).toEqual(expected);
    expect(manifest.action.default_icon).toEqual(expected);
    for (const [size, file] of Object.entries<string>(manifest.icons)) {
      expect(existsSync(`${dir}/${file}`), file).toBe(true);
      expect(pngSize(`${dir}/${file}`), file).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});

it.each([
  ['chrome', EXTENSION_DIR],
  ['firefox', FIREFOX_DIR],
])('%s: name and description come from _locales, and each locale’s description is its store listing’s short description', (_b, dir) => {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
  for (const locale of ['en', 'es']) {
    const messages = JSON.parse(readFileSync(`${dir}/_locales/${locale}/messages.json`, 'utf8'));
    const short = readFileSync(`docs/store/${locale}.md`, 'utf8').match(/<!-- short -->\n(.*)\n<!-- \/short -->/)?.[1];
    expect(messages.extName.message, locale).toBe('Caveat Lens');
    expect(messages.extDescription.message, locale).toBe(short);
  }
});

it('the Firefox manifest declares the gecko id, minimum version and no data collection', () => {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_DIR}/manifest.json`, 'utf8'));
  expect(manifest.browser_specific_settings.gecko).toMatchObject({
    id: expect.stringMatching(/^\{[0-9a-f-]{36}\}$/),
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  });
});
