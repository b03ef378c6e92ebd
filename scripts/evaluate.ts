// The command line of contract §7: `npm run --silent evaluate -- [--compact] FILE|-`.
// One household or an array of them in; JSON results (or §6 error objects) out; exit 2 on any error.
// --compact prints one line: a result, or for an array one result per line.
import { readFileSync } from 'node:fs';
import { evaluate, isError } from '../src/rules/index.ts';

function read(arg: string | undefined): string {
  if (!arg) {
    process.stderr.write('usage: npm run --silent evaluate -- [--compact] FILE|-\n');
    process.exit(2);
  }
  try {
    return readFileSync(arg === '-' ? 0 : arg, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? 'error'}\n`);
    process.exit(2);
  }
}

function run(text: string): { output: unknown; failed: boolean } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { output: { error: 'invalid-json', issues: [{ path: '', message: (e as Error).message }] }, failed: true };
  }
  const one = (h: unknown) => {
    const out = evaluate(h);
    return isError(out) ? out : out.result;
  };
  const output = Array.isArray(input) ? input.map(one) : one(input);
  const failed = (Array.isArray(output) ? output : [output]).some((o) => 'error' in (o as object));
  return { output, failed };
}

const args = process.argv.slice(2);
const compact = args.includes('--compact');
const { output, failed } = run(read(args.find((a) => a !== '--compact')));
if (!compact) process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
else if (Array.isArray(output)) process.stdout.write(`[\n${output.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
else process.stdout.write(`${JSON.stringify(output)}\n`);
process.exitCode = failed ? 2 : 0;
