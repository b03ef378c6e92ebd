// `npm run --silent program-ids`: where each programme is named outside its own folder
// (src/rules/programs/<id>/), the registry (registry.ts and its build-time half for the policy
// pages, programs/policies.ts) and the locale files — the places a new or renamed
// programme would have to be remembered by hand. Prints a table and every place; exits 0.
//
// Counted: the id as a string literal ('rigid', "rigid", `rigid`), as a member of a result's
// `programs` (programs.rigid), or in a page path (/rigid/), in code (comments left out).
// Not counted: parameter groups (params.rigid, a policy page's { group: 'rigid' }), document ids
// (DOC.rigid) and household fields that share a programme's name (the expense `medical`): they
// name other things.
import { globSync, readFileSync } from 'node:fs';
import { REGISTRY } from '../src/rules/registry.ts';

const REGISTRY_FILES = ['src/rules/registry.ts', 'src/rules/programs/policies.ts'];
const FILES = globSync('src/**/*.{ts,tsx,astro,mjs}').filter((f) => !REGISTRY_FILES.includes(f));

/** The code of a line without its comment (a line that is only a comment gives ''). */
function code(line: string): string {
  const trimmed = line.trim();
  if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return '';
  return line.replace(/\s\/\/ .*$/, '').replace(/\bgroup: '[\w-]+'/g, '');
}

const rows: { id: string; places: string[] }[] = [];
for (const { id } of REGISTRY) {
  const pattern = new RegExp(`(['"\`])${id}\\1|programs\\.${id}\\b|programs\\[['"]${id}['"]\\]|/${id}/`);
  const places: string[] = [];
  for (const file of FILES) {
    if (file.startsWith(`src/rules/programs/${id}/`)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(code(line))) places.push(`${file}:${i + 1}: ${line.trim().slice(0, 110)}`);
      });
  }
  rows.push({ id, places });
}

console.log('programme  places outside its folder, the registry and the locale files');
for (const { id, places } of rows) console.log(`${id.padEnd(10)} ${places.length}`);
for (const { id, places } of rows) if (places.length) console.log(`\n${id}:\n  ${places.join('\n  ')}`);
