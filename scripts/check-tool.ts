// Validates tool files one by one: `node scripts/check-tool.ts data/tools/chatgpt.ts …`
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { Tool } from '../data/schema.ts';

let bad = 0;
for (const file of process.argv.slice(2)) {
  const mod = await import(pathToFileURL(resolve(file)).href);
  const result = Tool.safeParse(mod.default);
  if (result.success) {
    console.log(`ok   ${file}`);
  } else {
    bad++;
    for (const issue of result.error.issues) console.log(`FAIL ${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
process.exit(bad ? 1 : 0);
