/**
 * The organisation's own tools (`extraTools`: internal AI tools), each checked against the
 * dataset's schema on its own, so one bad tool is reported and the others stay. Full zod:
 * imported by the background, and by pages only when the policy has extra tools.
 */
import { Tool } from '@/data/schema';
import { isRecord } from '@/utils/settings/model';
import { LIMITS, type ToolsParser } from './model';

/**
 * Fields that are "a number or a word" in the dataset ("custom", "unknown"). Chrome's policy
 * schema has no such type, so the policy schema declares them as text and "20" is read as 20.
 * tests/unit/policy/managed-schema.test.ts checks this list against the schema's unions.
 */
export const NUMERIC_TEXT_FIELDS = ['pricing.plans[].price', 'availability.minAge'] as const;

const numericText = (v: unknown) => (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v);

function coerce(raw: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(raw);
  const pricing = out.pricing;
  if (isRecord(pricing) && Array.isArray(pricing.plans)) for (const p of pricing.plans) if (isRecord(p)) p.price = numericText(p.price);
  if (isRecord(out.availability)) out.availability.minAge = numericText(out.availability.minAge);
  return out;
}

/** The path of the first text longer than the limit, if any. */
function longText(v: unknown, path: string): string | undefined {
  if (typeof v === 'string') return v.length > LIMITS.toolText ? path || '(the tool)' : undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const hit = longText(v[i], `${path}[${i}]`);
      if (hit) return hit;
    }
  } else if (isRecord(v)) {
    for (const [k, x] of Object.entries(v)) {
      const hit = longText(x, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return undefined;
}

const printable = (s: unknown) => (typeof s === 'string' ? `“${s.slice(0, 40)}”` : 'without an id');

export const parseOrgTools: ToolsParser = (raw, datasetIds) => {
  const problems: string[] = [];
  if (!Array.isArray(raw)) return { tools: [], problems: ['extraTools: expected a list of tools; ignored'] };
  if (raw.length > LIMITS.extraTools) problems.push(`extraTools: more than ${LIMITS.extraTools} tools; the rest are ignored`);
  const tools: Tool[] = [];
  raw.slice(0, LIMITS.extraTools).forEach((entry, i) => {
    const where = `extraTools[${i}]`;
    if (!isRecord(entry)) {
      problems.push(`${where}: expected a tool object; ignored`);
      return;
    }
    const name = `${where} (${printable(entry.id)})`;
    const long = longText(entry, '');
    if (long) {
      problems.push(`${name}: ${long} is longer than ${LIMITS.toolText} characters; tool ignored`);
      return;
    }
    const r = Tool.safeParse(coerce(entry));
    if (!r.success) {
      const issues = r.error.issues.slice(0, 3).map((x) => `${x.path.join('.') || 'tool'}: ${x.message}`);
      const more = r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : '';
      problems.push(`${name}: ${issues.join('; ')}${more}; tool ignored`);
      return;
    }
    const tool = r.data;
    if (datasetIds.has(tool.id)) {
      problems.push(`${name}: already a tool in Caveat Lens — give it a note under notes instead; ignored`);
      return;
    }
    if (tools.some((t) => t.id === tool.id)) {
      problems.push(`${name}: a second tool with this id; ignored`);
      return;
    }
    tools.push(tool);
  });
  // Alternatives must lead somewhere: the dataset or another of the organisation's tools.
  const known = (id: string) => datasetIds.has(id) || tools.some((t) => t.id === id);
  for (const tool of tools) {
    const missing = tool.alternatives.filter((id) => !known(id) || id === tool.id);
    if (missing.length) {
      problems.push(`extraTools (“${tool.id}”).alternatives: no tool ${missing.map((m) => `“${m.slice(0, 40)}”`).join(', ')}; left out`);
      tool.alternatives = tool.alternatives.filter((id) => !missing.includes(id));
    }
  }
  return { tools, problems };
};
