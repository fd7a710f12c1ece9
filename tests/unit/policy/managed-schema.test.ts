// Chrome's schema for the policy (public/managed_schema.json): in step with the code, within
// what Chrome's schema language accepts, and naming every key the parser reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedSchema, managedSchemaFile, toChromeSchema, type ChromeSchema } from '@/utils/policy/managed-schema';
import { POLICY_KEYS } from '@/utils/policy/model';
import { NUMERIC_TEXT_FIELDS } from '@/utils/policy/org-tools';
import { GLOBAL_KEYS } from '@/utils/settings/model';

// Chrome's policy schema attributes by type (components/policy/core/common/schema.cc); no "any", no unions.
const ALLOWED: Record<ChromeSchema['type'], string[]> = {
  object: ['type', 'title', 'description', 'properties', 'additionalProperties'],
  array: ['type', 'title', 'description', 'items'],
  string: ['type', 'title', 'description'],
  integer: ['type', 'title', 'description'],
  number: ['type', 'title', 'description'],
  boolean: ['type', 'title', 'description'],
};

function walk(s: ChromeSchema, path: string, visit: (s: ChromeSchema, path: string) => void) {
  visit(s, path);
  for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${path}.${k}`, visit);
  if (s.additionalProperties) walk(s.additionalProperties, `${path}.*`, visit);
  if (s.items) walk(s.items, `${path}[]`, visit);
}

describe('public/managed_schema.json', () => {
  it('is what `npm run policy:schema` writes (run it after changing the policy or the dataset schema)', () => {
    expect(readFileSync('public/managed_schema.json', 'utf8')).toBe(managedSchemaFile());
  });

  it('uses only what Chrome’s schema language has, and no `required`, enum or pattern (values are checked by Caveat Lens, entry by entry)', () => {
    const bad: string[] = [];
    walk(managedSchema().schema, '', (s, path) => {
      if (!(s.type in ALLOWED)) bad.push(`${path}: type ${s.type}`);
      for (const key of Object.keys(s)) if (!ALLOWED[s.type]?.includes(key)) bad.push(`${path}: ${key}`);
      if (s.type === 'array' && !s.items) bad.push(`${path}: array without items`);
    });
    expect(bad).toEqual([]);
    expect(managedSchema().schema.type).toBe('object');
  });

  it('declares every key the parser reads, and every setting the defaults may set', () => {
    const { properties } = managedSchema().schema;
    expect(Object.keys(properties!).sort()).toEqual([...POLICY_KEYS].sort());
    expect(Object.keys(properties!.defaults!.properties!).sort()).toEqual([...GLOBAL_KEYS].sort());
  });

  it('the only number-or-word fields of a tool are the ones the tools parser reads from text', () => {
    expect(managedSchema().unions).toEqual([...NUMERIC_TEXT_FIELDS]);
  });

  it('refuses to write what Chrome cannot express', () => {
    expect(() => toChromeSchema({ anyOf: [{ type: 'string' }, { type: 'object' }] }, 'x', [])).toThrow(/cannot express/);
    expect(() => toChromeSchema({ type: 'null' }, 'x', [])).toThrow(/no Chrome policy type/);
  });
});
