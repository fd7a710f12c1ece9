/**
 * Rules a source's address must follow, shared by the build's validation and the data report:
 * what "official" may point at, and one spelling per page. Pure; no zod.
 */

/** Hosts and paths that are never the provider's own text, whoever's domain they sit on. */
const NEVER_OFFICIAL: ReadonlyArray<[RegExp, string]> = [
  [/^(forum|community|ask|discuss|discord)\./, 'a forum is not official text'],
  [/\.(diff|patch)$/, 'a code diff is not official text'],
  [
    /^(raw\.githubusercontent\.com|web\.archive\.org|archive\.(ph|is|org)|intercom\.help)$/,
    'a copy or mirror: cite the official URL with `via`',
  ],
];

export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase();
}

export function onDomain(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Why a source marked official is not, or null when it may be official. */
export function officialProblem(url: string, domains: readonly string[]): string | null {
  const u = new URL(url);
  const host = u.hostname.toLowerCase();
  for (const [re, why] of NEVER_OFFICIAL) if (re.test(host) || re.test(u.pathname)) return why;
  return onDomain(host, domains) ? null : `${host} is not one of the tool's officialDomains (${domains.join(', ')})`;
}

const TRACKING = /^(utm_[a-z]+|ref|sa|ved|fbclid|gclid|mc_cid|mc_eid|source)$/i;

/** One spelling per page: https, lower-case host without www., no trailing slash or stray encoded spaces, no tracking parameters. */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/(%C2%A0|%20|\s)+$/i, '').replace(/\/+$/, '') || '/';
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${path}${query}`;
}

/** Whether the address differs from its canonical spelling in ways that should be cleaned up in the file. */
export function spellingProblem(url: string): string | null {
  const u = new URL(url);
  if (/(%C2%A0|%20)$/i.test(u.pathname)) return 'ends in an encoded space';
  if ([...u.searchParams.keys()].some((k) => TRACKING.test(k))) return 'carries a tracking parameter';
  return null;
}

/**
 * Help-centre slugs cut off mid-word ("…/11481834-cha"): a last slug word this short is
 * flagged unless it is a real word listed here after a human looked at it.
 */
const SHORT_WORDS = new Set([
  'ai',
  'api',
  'app',
  'faq',
  'for',
  'the',
  'use',
  'you',
  'out',
  'my',
  'do',
  'is',
  'in',
  'on',
  'to',
  'of',
  'and',
  'pro',
  'max',
  'plus',
  'go',
  'how',
  'can',
  'new',
  'us',
  'eu',
  'uk',
  'sso',
  'pdf',
  'sdk',
  'cli',
  'ide',
  'mcp',
  'gpt',
  'v0',
  'tos',
  'dpa',
  'ads',
  'age',
  'all',
  'fee',
  'get',
  'key',
  'now',
  'pay',
  'set',
  'tax',
  'vat',
  'web',
  'why',
  'work',
  'data',
  'day',
  'yet',
  'end',
  'off',
  'ask',
  'bug',
  'see',
  'one',
  'two',
  'ten',
  'it',
  'be',
  'me',
  'or',
  'an',
  'at',
  'by',
  'as',
  'we',
  'up',
]);
export function truncatedSlug(url: string): boolean {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  const m = /^\d{5,}-(.+)$/.exec(last);
  if (!m) return false;
  const word = m[1]!.split('-').pop() ?? '';
  return word.length <= 3 && !SHORT_WORDS.has(word.toLowerCase()) && !/^\d+$/.test(word);
}
