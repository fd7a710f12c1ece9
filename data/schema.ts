/**
 * The dataset's contract. Every type in the project that describes a tool is
 * `z.infer` of a schema here — never written twice.
 */
import { z } from 'zod';

import { CATEGORIES, ROW_IDS, type RowId } from './rows.ts';
import { STATUSES } from './statuses.ts';

export { CATEGORIES, ROW_IDS, type RowId } from './rows.ts';

/** Today in UTC as YYYY-MM-DD, read from the clock at each check (tests set it with vi.setSystemTime). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date')
  .refine((s) => s <= today(), 'date is in the future');

export const HttpsUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}, 'expected an https:// URL');

/** Free text that must say something. The literal "unknown" is allowed and shown as such. */
export const Text = z.string().trim().min(1, 'must not be empty');

export const Source = z.strictObject({
  /** The page the claim rests on — for a text read through a copy, the provider's own URL. */
  url: HttpsUrl,
  title: Text,
  /** `official` only when the URL is on one of the tool's `officialDomains` (checked in validate.ts). */
  kind: z.enum(['official', 'third-party']),
  /** The copy the text was actually read through (an archive, a terms tracker, a mirror), if not the URL itself. */
  via: z.strictObject({ url: HttpsUrl, title: Text }).optional(),
  /** The source document's own date ("last updated", "effective"), when it shows one. */
  published: IsoDate.optional(),
  /** The date this claim was checked against the source's text. */
  checked: IsoDate,
});
export const Sources = z.array(Source).min(1, 'a claim needs at least one source');

export const MatchRule = z.strictObject({
  /** Lower-case host name without port or trailing dot, e.g. "chatgpt.com". */
  host: z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'expected a lower-case host name'),
  /** Also match every subdomain of `host`. */
  subdomains: z.boolean().optional(),
  /** Path prefix on a segment boundary, e.g. "/i/grok" matches /i/grok and /i/grok/x but not /i/grokky. */
  path: z
    .string()
    .regex(/^\/[^?#\s]*$/, 'expected a path starting with /')
    .refine((p) => p === '/' || !p.endsWith('/'), 'no trailing slash')
    .optional(),
});

export const ChecklistRow = z
  .strictObject({
    status: z.enum(STATUSES),
    /** One or two sentences, in our own words. */
    note: Text,
    sources: z.array(Source),
  })
  .refine((r) => r.status === 'unknown' || r.sources.length > 0, {
    message: 'a row with a status other than unknown needs at least one source',
    path: ['sources'],
  });

export const Checklist = z.strictObject(Object.fromEntries(ROW_IDS.map((id) => [id, ChecklistRow])) as Record<RowId, typeof ChecklistRow>);

/**
 * Whether consumer inputs train the provider's models, in explicit parts so no single
 * word can be misread ("opt-out available" used to hide that training is on by default).
 * Every view derives its words from these parts in data/training.ts.
 */
export const Training = z
  .strictObject({
    /** What happens when the user has changed nothing. */
    default: z.enum(['on', 'off', 'unknown']),
    /** How a user stops it: an in-product setting, a request form or e-mail, no way at all, or not found. */
    optOut: z.enum(['setting', 'form', 'none', 'unknown']),
    /** True only where the provider commits in writing that it does not train on inputs (within `scope`). */
    never: z.boolean(),
    /** What "training" covers in the provider's words (generative models, other ML, human review), or "unknown". */
    scope: Text,
  })
  .refine((t) => !t.never || t.default === 'off', { message: 'never: true needs default: off', path: ['never'] });

export const Privacy = z.strictObject({
  training: Training,
  /** How to opt out, in a sentence, or "unknown". */
  optOutHow: Text,
  retention: Text,
  humanReview: Text,
  storage: Text,
  business: Text,
  sources: Sources,
});

export const Plan = z.strictObject({
  name: Text,
  /** A number read from the pricing page; "custom" for contact-sales; "unknown" when not published. */
  price: z.union([z.number().nonnegative(), z.literal('custom'), z.literal('unknown')]),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as USD'),
  period: z.enum(['month', 'year', 'one-time', 'usage']),
  note: Text.optional(),
});

export const Pricing = z.strictObject({
  model: z.enum(['free', 'freemium', 'subscription', 'usage-based', 'enterprise', 'unknown']),
  plans: z.array(Plan),
  freeTier: Text,
  /** When the prices were read from the pricing page. */
  read: IsoDate,
  sources: Sources,
});

export const Copyright = z.strictObject({
  ownership: Text,
  commercialUse: Text,
  indemnity: Text,
  sources: Sources,
});

export const Security = z.strictObject({
  promptInjection: Text,
  incidents: z.array(z.strictObject({ date: IsoDate, summary: Text, sources: Sources })),
  enterpriseControls: Text,
  sources: Sources,
});

export const Availability = z.strictObject({
  regions: Text,
  minAge: z.union([z.number().int().positive(), z.literal('unknown')]),
  account: Text,
  platforms: z.array(z.enum(['web', 'desktop', 'mobile', 'api', 'ide', 'browser extension'])).min(1),
  status: z.enum(['generally available', 'beta', 'waitlist', 'discontinued', 'unknown']),
  sources: Sources,
});

/** Fields an update-log entry can say it changed; "what changed since your last visit" watches some of them. */
export const CHANGE_FIELDS = ['training', 'retention', 'pricing', 'ownership', 'availability', 'sources', 'other'] as const;
export const ChangelogEntry = z.strictObject({
  date: IsoDate,
  change: Text,
  /** Which facts the entry changed; omitted on the entry that adds the tool. */
  fields: z.array(z.enum(CHANGE_FIELDS)).optional(),
});

/** A registrable domain such as "openai.com" (lower case, no scheme, no path). */
const Domain = z.string().regex(/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'expected a domain such as vendor.com');

export const Tool = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug'),
  name: Text,
  vendor: Text,
  category: z.enum(CATEGORIES),
  homepage: HttpsUrl,
  /** The provider's own domains: a source is `official` only on one of these or a subdomain of one. */
  officialDomains: z.array(Domain).min(1),
  match: z.array(MatchRule).min(1),
  summary: Text,
  capabilities: z.array(Text).min(1),
  limits: z.array(Text).min(1),
  privacy: Privacy,
  pricing: Pricing,
  copyright: Copyright,
  security: Security,
  availability: Availability,
  alternatives: z.array(z.string()),
  changelog: z.array(ChangelogEntry).min(1, 'the first entry records the tool being added'),
  checklist: Checklist,
});

export type Source = z.infer<typeof Source>;
export type Training = z.infer<typeof Training>;
export type MatchRule = z.infer<typeof MatchRule>;
export type ChecklistRow = z.infer<typeof ChecklistRow>;
export type Tool = z.infer<typeof Tool>;
/** What a tool file is written as (same as Tool: no defaults or transforms). */
export type ToolInput = z.input<typeof Tool>;
