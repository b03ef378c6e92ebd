// The browser gets decimal.js cut down to the methods the engine calls (scripts/decimal-subset.ts).
// These tests check that the rule tests really run on that subset, and that it computes exactly
// what the whole library computes.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import Subset from 'decimal.js';
import fc from 'fast-check';
import { KEPT_METHODS } from '../../scripts/decimal-subset.ts';
import { centsToMoney } from './arbitrary.ts';

// The CommonJS build of the same version: the hook only replaces the ES module.
const Full = createRequire(import.meta.url)('decimal.js') as typeof Subset;

test('the rule tests run on the subset the browser ships (node --import tests/rules/decimal-subset.hook.ts)', () => {
  const proto = Subset.prototype as unknown as Record<string, unknown>;
  assert.equal(proto.sin, undefined, 'Decimal#sin is still there: the hook is not loaded');
  assert.equal((Subset as unknown as Record<string, unknown>).sqrt, undefined);
  for (const name of KEPT_METHODS) assert.equal(typeof proto[name], 'function', `Decimal#${name} missing`);
  assert.equal(typeof (Full.prototype as unknown as Record<string, unknown>).sin, 'function');
});

const amount = fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => centsToMoney(c));
const ratio = fc.constantFrom('0.6', '1.5', '0.5', '12', '3', '7', '0.0001', '100000000');

test('the subset gives the same figures as the whole of decimal.js', () => {
  fc.assert(
    fc.property(amount, fc.oneof(amount, ratio), (a, b) => {
      const run = (D: typeof Subset) => {
        const x = new D(a);
        const y = new D(b);
        const q = y.isZero() ? x : x.div(y);
        return [
          x.plus(y).toString(),
          x.minus(y).toFixed(2, D.ROUND_HALF_UP),
          x.times(y).toFixed(4, D.ROUND_HALF_UP),
          q.toString(),
          q.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2),
          x.cmp(y),
          [x.gt(y), x.gte(y), x.lt(y), x.lte(y), x.minus(y).isZero()].join(),
          D.max(x, y, 0).toString(),
          D.min(x, y).toString(),
          JSON.stringify({ x }),
        ];
      };
      assert.deepEqual(run(Subset), run(Full));
    }),
    { numRuns: 2000 },
  );
});
