// The built manifests ask for exactly the dataset's hosts and `storage`, nothing more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '../../data/catalogue';
import { matchPatterns } from '../../data/manifest';
import { EXTENSION_DIR } from './harness/browser';
import { FIREFOX_DIR } from './harness/firefox';

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

  it('asks for storage only: no tabs, no <all_urls>, no remote code, default CSP', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

it('the Firefox manifest declares the gecko id, minimum version and no data collection', () => {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_DIR}/manifest.json`, 'utf8'));
  expect(manifest.browser_specific_settings.gecko).toMatchObject({
    id: expect.stringMatching(/^\{[0-9a-f-]{36}\}$/),
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  });
});
