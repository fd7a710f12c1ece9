/** Every host the browser tests may visit: the dataset's hosts plus non-tool pages. */
import { MATCH_INDEX } from '../../data/catalogue.ts';

export const NON_TOOL_HOSTS = ['example.org', 'www.example.org'];

export function fixtureHosts(): string[] {
  const hosts = new Set<string>(NON_TOOL_HOSTS);
  for (const [, host, subdomains] of MATCH_INDEX) {
    hosts.add(host);
    if (subdomains) hosts.add(`*.${host}`);
  }
  return [...hosts];
}
