/**
 * `npm run policy:schema`: writes public/managed_schema.json, Chrome's schema for the organisation's
 * policy, from utils/policy/managed-schema.ts (which builds the extra tools' part from the dataset's
 * zod schema). tests/unit/policy/managed-schema.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

// The extension's code imports `@/…` and leaves out `.ts` (Vite resolves both); teach Node the same for this run.
const root = pathToFileURL(`${process.cwd()}/`).href;
const hooks = `
export async function resolve(spec, ctx, next) {
  const base = spec.startsWith('@/') ? ${JSON.stringify(root)} + spec.slice(2) : spec;
  try { return await next(base, ctx); } catch (e) {
    if (!base.startsWith('.') && !base.startsWith('file:')) throw e;
    for (const ext of ['.ts', '.tsx', '/index.ts']) { try { return await next(base + ext, ctx); } catch {} }
    throw e;
  }
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const { managedSchemaFile } = await import('../utils/policy/managed-schema.ts');
writeFileSync('public/managed_schema.json', managedSchemaFile());
console.log('wrote public/managed_schema.json');
