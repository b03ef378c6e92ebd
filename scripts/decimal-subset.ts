// decimal.js, cut down to the methods the engine calls, for the browser bundle.
//
// decimal.js is one class: every method (trigonometry, logarithms, powers, base conversion) and
// the 1025-digit constants π and ln 10 ship whether used or not, 12.5 KiB gzip of the
// questionnaire's 45 KiB budget. The engine only adds, subtracts, multiplies, divides, compares
// and rounds. `subsetDecimal` removes every other prototype method and static function from the
// library's own source, then every top-level function nothing left can reach, and the two
// constants when nothing left reads them. The code that remains is decimal.js's, unchanged, so
// results stay exact and identical.
//
// Used by the Vite plugin in astro.config.mjs (every page and island is built on the subset)
// and by tests/rules/decimal-subset.hook.ts (every rule test runs on the subset, so a method
// used but not listed here fails a test before it can fail in the browser).

/**
 * Prototype methods kept, by either of their names (`div` keeps `dividedBy`): those src/ calls,
 * those the kept code calls (`cmp`, `isNeg`, `isFinite`; subsetDecimal refuses to drop one that
 * is still called) and `valueOf`/`toJSON` (JSON.stringify of a Decimal).
 */
export const KEPT_METHODS = [
  'plus', 'minus', 'times', 'div',
  'cmp', 'eq', 'gt', 'gte', 'lt', 'lte', 'isZero', 'isNegative', 'isFinite',
  'toDecimalPlaces', 'toFixed', 'toString', 'valueOf',
] as const;

/** Static functions kept (`Decimal.max(a, b)`; `set`/`clone` configure the constructor). */
export const KEPT_STATICS = ['max', 'min', 'set', 'config', 'clone', 'isDecimal'] as const;

/**
 * Calls left to removed functions, each with why it cannot run: it would throw a TypeError, never
 * give a wrong figure.
 */
const UNREACHABLE_CALLS: Record<string, string> = {
  // parseOther reads '0x1.8p3'-style strings (binary, octal, hex with a power of two); every
  // amount the engine parses is a plain decimal (isMoney in src/rules/money.ts).
  'Decimal.pow(': 'binary/octal/hex input with a p exponent',
};

interface Block {
  text: string;
  /** the top-level function's name, for reachability */
  fn?: string;
  /** the prototype method's names, e.g. ['dividedBy', 'div'] */
  methods?: string[];
}

/** Splits the source into prototype methods, top-level functions and everything else. */
function blocks(source: string): Block[] {
  const out: Block[] = [];
  const lines = source.split('\n');
  let open: { block: Block; end: string } | null = null;
  let rest: string[] = [];
  const flush = () => {
    if (rest.length) out.push({ text: rest.join('\n') });
    rest = [];
  };
  for (const line of lines) {
    if (open) {
      open.block.text += '\n' + line;
      if (line.trimEnd() === open.end) open = null;
      continue;
    }
    const method = /^P\.(\w+)(?: = P\.(\w+))? = function/.exec(line);
    const fn = /^function (\w+)\(/.exec(line);
    if (method || fn) {
      flush();
      const block: Block = method
        ? { text: line, methods: [method[1], method[2]].filter((n): n is string => !!n) }
        : { text: line, fn: fn![1] };
      out.push(block);
      open = { block, end: method ? '};' : '}' };
    } else {
      rest.push(line);
    }
  }
  if (open) throw new Error(`decimal-subset: ${open.block.text.split('\n')[0]} has no end`);
  flush();
  return out;
}

const usesName = (text: string, name: string) => new RegExp(`\\b${name}\\b`).test(text);

export function subsetDecimal(source: string): string {
  const kept = new Set<string>(KEPT_METHODS);
  // Without comments: they name functions ("the cosine of x") that would otherwise look reached.
  // decimal.js has no '//' or '/*' inside a string or a regular expression.
  const code = source
    .replace(/\r\n/g, '\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');
  const all = blocks(code);

  const methods = all.filter((b) => b.methods);
  for (const name of KEPT_METHODS) {
    if (!methods.some((b) => b.methods!.includes(name))) throw new Error(`decimal-subset: no method ${name} in decimal.js`);
  }
  const removedMethods = methods.filter((b) => !b.methods!.some((n) => kept.has(n))).flatMap((b) => b.methods!);

  // Static functions are attached inside clone(): `  Decimal.sqrt = sqrt;`.
  const statics = new Set<string>(KEPT_STATICS);
  const removedStatics: string[] = [];
  const topLevel = new Set(all.filter((b) => b.fn).map((b) => b.fn));
  const dropStatics = (text: string) =>
    text.replace(/^ {2}Decimal\.(\w+) = (?:Decimal\.\w+ = )?(\w+);[^\n]*\n/gm, (line, name: string, fn: string) => {
      const names = [...line.matchAll(/Decimal\.(\w+)/g)].map((m) => m[1]);
      if (!topLevel.has(fn) || names.some((n) => statics.has(n))) return line;
      removedStatics.push(name);
      return '';
    });

  let body = all
    .filter((b) => !b.methods || b.methods.some((n) => kept.has(n)))
    .map((b) => (b.fn === 'clone' ? { ...b, text: dropStatics(b.text) } : b));

  // Top-level functions reachable from what is left (the constructor lives in clone()).
  const functions = new Map(body.filter((b) => b.fn).map((b) => [b.fn!, b]));
  const reached = new Set<string>();
  const queue = body.filter((b) => !b.fn).map((b) => b.text);
  while (queue.length) {
    const text = queue.pop()!;
    for (const [name, block] of functions) {
      if (!reached.has(name) && usesName(text, name)) {
        reached.add(name);
        queue.push(block.text);
      }
    }
  }
  body = body.filter((b) => !b.fn || reached.has(b.fn));
  let text = body.map((b) => b.text).join('\n');

  // π and ln 10 are read only through getPi / getLn10 (and *_PRECISION, in the same functions).
  for (const [constant, reader] of [['PI', 'getPi'], ['LN10', 'getLn10']] as const) {
    if (reached.has(reader)) continue;
    const before = text;
    text = text
      .replace(new RegExp(`^( {2}${constant} = )'[0-9.]+',$`, 'm'), "$1'',")
      .replace(new RegExp(`^${constant} = new Decimal\\(${constant}\\);\\n`, 'm'), '');
    if (before === text) throw new Error(`decimal-subset: constant ${constant} not found`);
    if (new RegExp(`\\b${constant}_PRECISION\\b`).test(text.replace(new RegExp(`^ {2}${constant}_PRECISION = .*$`, 'm'), ''))) {
      throw new Error(`decimal-subset: ${constant}_PRECISION is still read`);
    }
  }

  // A kept method must not call a removed one: `x.sqrt()` would fail only at run time.
  const removed = new Set([...removedMethods, ...removedStatics]);
  const dangling = [...text.matchAll(/(\w+)\.(\w+)\(/g)]
    .filter((call) => call[1] !== 'Math' && removed.has(call[2]) && !(call[0] in UNREACHABLE_CALLS))
    .map((call) => `${call[0]}…)`);
  if (dangling.length) throw new Error(`decimal-subset: kept code calls removed functions: ${[...new Set(dangling)].join(', ')}`);
  if (removedMethods.length === 0 || removedStatics.length === 0) throw new Error('decimal-subset: nothing removed; has decimal.js changed its layout?');
  return text;
}

/** Whether a module id (a path, or a file: URL) is decimal.js's ES module. */
export const isDecimalModule = (id: string) => /[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id.split('?')[0]);

/** Vite plugin: decimal.js's ES module is replaced by its subset in every build. */
export function decimalSubsetPlugin() {
  return {
    name: 'decimal-subset',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!isDecimalModule(id)) return null;
      return { code: subsetDecimal(code), map: null };
    },
  };
}
