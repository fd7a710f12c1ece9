// The built manifest asks for exactly the dataset's hosts and `storage`, nothing more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '../../data/catalogue';
import { matchPatterns } from '../../data/manifest';
import { EXTENSION_DIR } from './harness/browser';

describe('built chrome-mv3 manifest', () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
  const patterns = matchPatterns(MATCH_INDEX);

  it('host permissions and content-script matches equal the dataset’s patterns', () => {
    expect([...manifest.host_permissions].sort()).toEqual(patterns);
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual(patterns);
  });

  it('asks for storage only: no tabs, no <all_urls>, default CSP', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });
});
