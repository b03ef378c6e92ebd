// The questionnaire evaluates its checked answers without the schema (src/rules/checked.ts):
// that must give exactly what the validating `evaluate` gives for the same file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluateChecked } from '../../src/rules/checked.ts';
import { withDefaults } from '../../src/rules/defaults.ts';
import { validateHousehold } from '../../src/rules/household.ts';
import { evaluate, isError, type HouseholdInput } from '../../src/rules/index.ts';
import { householdArb } from './arbitrary.ts';

test('withDefaults fills in what the schema fills in', () => {
  fc.assert(
    fc.property(householdArb, (generated) => {
      const file = JSON.parse(JSON.stringify(generated)) as HouseholdInput; // as read from a file
      const parsed = validateHousehold(file);
      assert.ok(parsed.ok);
      assert.deepEqual(withDefaults(file), parsed.household);
    }),
    { numRuns: 300 },
  );
});

test('evaluateChecked gives the same evaluation as evaluate', () => {
  fc.assert(
    fc.property(householdArb, (file) => {
      const full = evaluate(file);
      assert.ok(!isError(full));
      assert.deepEqual(evaluateChecked(file as HouseholdInput), full);
    }),
    { numRuns: 300 },
  );
});

test('evaluateChecked waits for a relation and an age', () => {
  assert.equal(evaluateChecked({ asOf: '2026-03-01', members: [{ relation: 'applicant' } as never] }), null);
  assert.equal(evaluateChecked({ asOf: '2026-03-01', members: [] }), null);
  assert.notEqual(evaluateChecked({ asOf: '2026-03-01', members: [{ relation: 'applicant', age: 70 }] }), null);
});
