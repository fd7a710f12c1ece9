/**
 * Chrome's schema for the policy (`storage.managed_schema`, shipped as public/managed_schema.json).
 * Build- and test-time only: `node scripts/policy-schema.ts` writes the file, and a unit test keeps
 * it in step with the parser. The extra tools' part is generated from the dataset's zod schema.
 *
 * Chrome drops a whole top-level key whose value breaks this schema (wrong JSON type, missing
 * `required` field) before the extension sees it, and silently drops unknown properties. So the
 * schema declares types only — no `required`, enums or patterns — and Caveat Lens checks the
 * values itself, entry by entry, and lists what it ignored on its options page. Chrome's schema
 * language has no "number or text" type: such fields are text here (see org-tools.ts).
 */
import { LANGUAGES } from '@/utils/i18n/locales';
import { z } from 'zod';
import { Tool } from '@/data/schema';
import { CORNERS, THEMES } from '@/utils/settings/values';
import { NOTE_LEVELS } from '@/utils/panel/panel-data';
import { GLOBAL_KEYS } from '@/utils/settings/model';
import { LIMITS } from './model';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
}

type Json = Record<string, unknown>;
const SCALARS = ['string', 'number', 'integer', 'boolean'];
const quoted = (v: unknown) => JSON.stringify(v);

/** A JSON Schema (as z.toJSONSchema writes it) → Chrome's subset; `unions` collects the "number or text" fields. */
export function toChromeSchema(js: Json, path: string, unions: string[]): ChromeSchema {
  const description = typeof js.description === 'string' ? js.description : undefined;
  if (Array.isArray(js.anyOf)) {
    const members = js.anyOf as Json[];
    if (!members.every((m) => SCALARS.includes(String(m.type)))) throw new Error(`${path}: a union Chrome's policy schema cannot express`);
    unions.push(path);
    const words = members.filter((m) => m.const !== undefined).map((m) => quoted(m.const));
    return { type: 'string', description: `A number written as text (e.g. "20")${words.length ? ` or ${words.join(' or ')}` : ''}.` };
  }
  const withText = (s: ChromeSchema): ChromeSchema => (description ? { ...s, description } : s);
  switch (js.type) {
    case 'object': {
      const out: ChromeSchema = { type: 'object' };
      if (js.properties)
        out.properties = Object.fromEntries(
          Object.entries(js.properties as Record<string, Json>).map(([k, v]) => [k, toChromeSchema(v, path ? `${path}.${k}` : k, unions)]),
        );
      if (typeof js.additionalProperties === 'object' && js.additionalProperties)
        out.additionalProperties = toChromeSchema(js.additionalProperties as Json, `${path}.*`, unions);
      return withText(out);
    }
    case 'array':
      return withText({ type: 'array', items: toChromeSchema(js.items as Json, `${path}[]`, unions) });
    case 'string': {
      const choices = Array.isArray(js.enum) ? js.enum : js.const !== undefined ? [js.const] : undefined;
      return choices ? { type: 'string', description: `One of: ${choices.map(quoted).join(', ')}.` } : withText({ type: 'string' });
    }
    case 'number':
    case 'integer':
    case 'boolean':
      return withText({ type: js.type });
    default:
      throw new Error(`${path}: no Chrome policy type for ${quoted(js.type)}`);
  }
}

const oneOf = (list: readonly string[]) => `One of: ${list.map(quoted).join(', ')}.`;

export function managedSchema(): { schema: ChromeSchema; unions: string[] } {
  const unions: string[] = [];
  const tool = toChromeSchema(z.toJSONSchema(Tool, { io: 'input' }) as Json, '', unions);
  const schema: ChromeSchema = {
    type: 'object',
    properties: {
      orgName: {
        type: 'string',
        title: 'Organisation name',
        description: `Shown as "From <name>" above the organisation's notes and beside settings it holds. Up to ${LIMITS.orgName} characters.`,
      },
      notes: {
        type: 'object',
        title: 'Notes by tool id',
        description: `The organisation's word on a tool, shown first in its panel and checklist. Keys are tool ids (Caveat Lens's or extraTools'). Up to ${LIMITS.entries} notes.`,
        additionalProperties: {
          type: 'object',
          properties: {
            text: { type: 'string', description: `E.g. "Approved for public data only". Up to ${LIMITS.noteText} characters.` },
            level: {
              type: 'string',
              description: `${oneOf(NOTE_LEVELS)} "blocked" is wording ("Not approved"): Caveat Lens never blocks a site.`,
            },
            url: {
              type: 'string',
              description: "Optional https:// link to the organisation's guidance (its approved alternative, its AI policy).",
            },
          },
        },
      },
      lockedTools: {
        type: 'array',
        title: 'Tools whose panel stays on',
        description: 'Tool ids whose in-page panel the user cannot turn off.',
        items: { type: 'string' },
      },
      pasteNudge: {
        type: 'object',
        title: 'Paste nudge',
        description:
          'Whether the user may dismiss the paste nudge, and turn it off (allowDisable false holds the pasteNudge setting on). Both default to true.',
        properties: { allowDismiss: { type: 'boolean' }, allowDisable: { type: 'boolean' } },
      },
      defaults: {
        type: 'object',
        title: 'Default settings',
        description: 'Defaults for settings the user has not changed; the user may still change them unless listed in lockedSettings.',
        properties: {
          panel: { type: 'boolean', description: 'Show the in-page panel on AI tool sites.' },
          startCollapsed: { type: 'boolean', description: 'Start as the small pill, except after changes (wins over alwaysExpanded).' },
          alwaysExpanded: { type: 'boolean', description: 'Open in full on every visit, not only the first and after changes.' },
          pasteNudge: { type: 'boolean', description: 'Warn when a paste into the tool looks sensitive (checked on the page only).' },
          corner: { type: 'string', description: oneOf(CORNERS) },
          staleDays: { type: 'integer', description: 'Warn when facts are older than this many days (1 to 3650).' },
          theme: { type: 'string', description: oneOf(THEMES) },
          language: { type: 'string', description: `Interface language: ${oneOf(LANGUAGES)} (auto follows the browser).` },
        },
      },
      lockedSettings: {
        type: 'array',
        title: 'Settings the user cannot change',
        description: `Names of settings held at the value in defaults (or the built-in one): ${GLOBAL_KEYS.join(', ')}.`,
        items: { type: 'string' },
      },
      extraTools: {
        type: 'array',
        title: "The organisation's own tools",
        description: `Internal AI tools, in the dataset's format (data/schema.ts). Up to ${LIMITS.extraTools}. They get an in-page panel only on hosts Caveat Lens already has access to.`,
        items: tool,
      },
    },
  };
  return { schema, unions };
}

export function managedSchemaFile(): string {
  return `${JSON.stringify(managedSchema().schema, null, 2)}\n`;
}
