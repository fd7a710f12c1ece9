/**
 * Does pasted text look sensitive? Pure functions over a string, run in the page on paste:
 * the text is never stored, sent or changed, and the result names kinds, never values.
 * Well-known formats only (prefixes, checksums, structure), so ordinary code, ids and prose
 * stay silent; tests/unit/panel/detectors.test.ts holds both corpora and the time budget.
 */

export const SENSITIVE_KINDS = ['api-key', 'token', 'private-key', 'connection-string', 'card', 'iban', 'emails', 'phones'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

/** Only the start of a long paste is read: a secret is rarely 100 KB deep, and the time stays bounded. */
export const SCAN_LIMIT = 100_000;
/** "Many" e-mail addresses or phone numbers: a signature has one or two. */
export const BULK = 5;

// Provider keys by their published prefixes: OpenAI, Anthropic, GitHub, GitLab, AWS, Google, Stripe, Slack, Hugging Face.
const KEY =
  /\b(sk-ant-[a-z]+\d*-[\w-]{32,}|sk-(?:proj|svcacct|admin)-[\w-]{32,}|sk-[A-Za-z0-9]{32,}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_\w{50,}|glpat-[\w-]{20,}|(?:AKIA|ASIA)[A-Z0-9]{16}|AIza[\w-]{35}|[rs]k_live_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|hf_[A-Za-z0-9]{30,})/g;
const AWS_SECRET = /aws.{0,20}?secret.{0,20}?[\s"'=:]([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/i;
const JWT = /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/;
const BEARER = /\bBearer\s+([\w.~+/-]{24,})/g;
const PEM = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
// scheme://user:password@host; the scheme is left out of the pattern so the search starts at "://".
const URL_CREDENTIALS = /:\/\/[^\s:/@'"]{1,256}:([^\s@/'"]{1,256})@[\w.-]+/g;
const ADO_PASSWORD = /\b(?:server|data source|host)\s*=[^\n]{0,200}?\b(?:password|pwd)\s*=\s*([^;'"\s]+)/gi;
const PLACEHOLDER = /^(\*+|x+|\.+|<.*>|\{.*\}|\[.*\]|\$\{?\w+\}?|%\w+%|:\w+|(your[_-]?)?(pass(word)?|passwd|pwd|secret)|changeme)$/i;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const CARD_PREFIX = /^(4|5[1-5]|2[2-7]|3[04-9]|6(011|5|4[4-9]|2))/;
// An IBAN written whole, or in groups of four with a shorter last group.
const IBAN = /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)\b/g;
const EMAIL_DOMAIN = /[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,63}\b/iy;
const PHONE =
  /(?:\+|\b00)[1-9]\d{0,2}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}\b|(?:\(\d{3}\) ?|\b\d{3}[ .-])\d{3}[ .-]\d{4}\b/g;
/** Random-looking: at least two of lower case, upper case and digits. */
function mixed(s: string): boolean {
  return (/[a-z]/.test(s) ? 1 : 0) + (/[A-Z]/.test(s) ? 1 : 0) + (/\d/.test(s) ? 1 : 0) >= 2;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616 check: 15 to 34 characters, and mod 97 of the rearranged number is 1. */
export function ibanValid(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34) return false;
  let rest = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const v = parseInt(ch, 36);
    rest = (rest * (v > 9 ? 100 : 10) + v) % 97;
  }
  return rest === 1;
}

/** Some match of `re` passes `ok`; a candidate repeated many times is checked once. */
const some = (re: RegExp, text: string, ok: (m: RegExpMatchArray) => boolean) => {
  const tried = new Set<string>();
  for (const m of text.matchAll(re)) {
    if (tried.has(m[0])) continue;
    if (ok(m)) return true;
    tried.add(m[0]);
  }
  return false;
};
/** At least BULK different phone numbers (8 to 15 digits). */
function manyPhones(text: string): boolean {
  const seen = new Set<string>();
  const raw = new Set<string>(); // a long list repeating one number is read once
  for (const [m] of text.matchAll(PHONE)) {
    if (raw.has(m)) continue;
    raw.add(m);
    const d = m.replace(/\D/g, '');
    if (d.length >= 8 && d.length <= 15 && seen.add(d).size >= BULK) return true;
  }
  return false;
}

const isLocalPart = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45;

/**
 * At least BULK different e-mail addresses. Walks from each "@" instead of one regex over the
 * text, whose backtracking would grow with the square of a long run of letters.
 */
function manyEmails(text: string): boolean {
  const seen = new Set<string>();
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalPart(text.charCodeAt(start - 1))) start--;
    EMAIL_DOMAIN.lastIndex = at + 1; // sticky: matches right after the "@" or not at all
    const domain = start < at ? EMAIL_DOMAIN.exec(text) : null;
    if (domain && seen.add(`${text.slice(start, at)}@${domain[0]}`.toLowerCase()).size >= BULK) return true;
  }
  return false;
}
const secret = (m: RegExpMatchArray) => !PLACEHOLDER.test(m[1]!);

/** The kinds of sensitive data `text` seems to hold, in SENSITIVE_KINDS order; [] for none. */
export function detectSensitive(input: string): SensitiveKind[] {
  const text = input.length > SCAN_LIMIT ? input.slice(0, SCAN_LIMIT) : input;
  const found: Record<SensitiveKind, boolean> = {
    'api-key': some(KEY, text, (m) => mixed(m[1]!.slice(4))) || AWS_SECRET.test(text),
    token: JWT.test(text) || some(BEARER, text, (m) => mixed(m[1]!) && /\d/.test(m[1]!)),
    'private-key': PEM.test(text),
    'connection-string': some(URL_CREDENTIALS, text, secret) || some(ADO_PASSWORD, text, secret),
    card: some(CARD, text, (m) => {
      const d = m[0].replace(/\D/g, '');
      return d.length >= 13 && CARD_PREFIX.test(d) && luhn(d);
    }),
    iban: some(IBAN, text, (m) => ibanValid(m[0].replace(/ /g, ''))),
    emails: manyEmails(text),
    phones: manyPhones(text),
  };
  return SENSITIVE_KINDS.filter((k) => found[k]);
}
