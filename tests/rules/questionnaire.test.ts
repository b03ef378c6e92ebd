// What the questionnaire (src/components/check/questions.ts, answers.ts) and the hotline's draft
// (src/components/hotline/model.ts) ask and write for contract v2: every 不确定 is written as the
// catalogue's null / "unknown" and read back as 不确定; the parents' situation is asked of minors
// and adult students only; supporters never of the applicant's own child; v1 files are written
// back as v2 without singlePersonCoverage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHousehold, type Answers, type MemberAnswers } from '../../src/components/check/answers.ts';
import { walk } from '../../src/components/check/questions.ts';
import { buildHousehold, draftFromFile, draftToSession, emptyDraft, emptyMember } from '../../src/components/hotline/model.ts';
import { writeHouseholdFile } from '../../src/lib/write-household-file.ts';
import type { HouseholdInput } from '../../src/rules/index.ts';

const NO_FIGURES = { priorYearCityDisposableIncome: null, priorYearCityHousingAreaPerCapita: null };

/** A member's answers with nothing to report: no income, no disability, no illness, not at school. */
const plain = (extra: MemberAnswers): MemberAnswers => ({ monthlyIncome: '0', conditions: ['none'], student: 'none', ...extra });

function answers(...members: MemberAnswers[]): Answers {
  return { f: { area: 'urban', membersDone: 'yes' }, members };
}

const asked = (a: Answers) => walk(a).steps.map((s) => s.id);

test('the parents question: for a 10-year-old grandchild, a 20-year-old student child and a 16-year-old applicant; not for a 40-year-old spouse or a 20-year-old child not at school', () => {
  const applicant = plain({ age: '67' });
  assert.ok(asked(answers(applicant, plain({ relation: 'grandchild', age: '10', student: 'primary' }))).includes('m1.bothParentsUnavailable'));
  assert.ok(asked(answers(applicant, plain({ relation: 'grandchild', age: '10' }))).includes('m1.bothParentsUnavailable'), 'a minor, at school or not');
  assert.ok(asked(answers(applicant, plain({ relation: 'child', age: '20', student: 'undergraduate', fullTime: 'yes' }))).includes('m1.bothParentsUnavailable'));
  assert.ok(asked(answers(plain({ age: '16', student: 'senior' }))).includes('m0.bothParentsUnavailable'));

  const others = asked(answers(plain({ age: '42' }), plain({ relation: 'spouse', age: '40' }), plain({ relation: 'child', age: '20' })));
  assert.ok(!others.includes('m1.bothParentsUnavailable'), 'a 40-year-old spouse');
  assert.ok(!others.includes('m2.bothParentsUnavailable'), 'a 20-year-old not at school');
  assert.ok(!others.includes('m0.bothParentsUnavailable'));
});

test('an answer to the parents question no longer asked (the age changed) does not reach the file', () => {
  const a = answers(plain({ age: '67' }), plain({ relation: 'grandchild', age: '40', bothParentsUnavailable: 'yes' }));
  assert.ok(!asked(a).includes('m1.bothParentsUnavailable'));
  assert.equal(walk(a).household.members[1].bothParentsUnavailable, undefined);
});

test("supporters: never asked about the applicant's own 10-year-old child; asked about a 10-year-old grandchild in the same situation", () => {
  const applicant = plain({ age: '38', monthlyIncome: '3000' });
  const child = plain({ relation: 'child', age: '10', student: 'primary', bothParentsUnavailable: 'no' });
  assert.ok(!asked(answers(applicant, child)).includes('m1.supporters'));
  // the same child as a grandchild: whether someone can bring them up can change their standing (特困)
  assert.ok(asked(answers(applicant, { ...child, relation: 'grandchild' })).includes('m1.supporters'));
  // and the child's file keeps the default: nobody answered for it
  assert.equal(walk(answers(applicant, { ...child, supporters: 'none' })).household.members[1].supporters, undefined);
});

test('supporters offers 不确定 once, not "unknown" as an option of its own', () => {
  const a = answers(plain({ age: '67' }), plain({ relation: 'grandchild', age: '10', bothParentsUnavailable: 'no' }));
  const step = walk(a).steps.find((s) => s.id === 'm1.supporters');
  assert.ok(step && step.field.kind === 'choice');
  assert.deepEqual(step.field.options, ['none', 'unable', 'able']);
  assert.equal(step.field.unsure, true);
  const parents = walk(a).steps.find((s) => s.id === 'm1.bothParentsUnavailable');
  assert.ok(parents && parents.field.kind === 'choice' && parents.field.unsure, 'the parents question offers 不确定');
});

test('不确定 writes null / "unknown", never a guess: a grade, supporters, the parents', () => {
  const a = answers(
    plain({ age: '67', conditions: ['disabled'], dtypes: ['physical', 'hearing'], 'grade.physical': 'unsure', 'grade.hearing': '2', supporters: 'unsure' }),
    plain({ relation: 'grandchild', age: '10', bothParentsUnavailable: 'unsure', supporters: 'unsure' }),
  );
  const ids = asked(a);
  assert.ok(ids.includes('m0.supporters') && ids.includes('m1.supporters') && ids.includes('m1.bothParentsUnavailable'), ids.join(' '));
  const [me, grandchild] = walk(a).household.members;
  // in the catalogue's order of types
  assert.deepEqual(me.disabilities, [
    { type: 'hearing', grade: 2 },
    { type: 'physical', grade: null },
  ]);
  assert.equal(me.supporters, 'unknown');
  assert.equal(grandchild.bothParentsUnavailable, null);
  assert.equal(grandchild.supporters, 'unknown');
});

test('a file read back shows 不确定 again, and walks back to the same file (nothing lost on a round trip)', () => {
  const file: HouseholdInput = {
    schemaVersion: 2,
    area: 'urban',
    members: [
      { relation: 'applicant', age: 67, monthlyIncome: '0', disabilities: [{ type: 'physical', grade: null }], supporters: 'unknown' },
      { relation: 'grandchild', age: 10, bothParentsUnavailable: null, supporters: 'unknown' },
      { relation: 'child', age: 19, student: { level: 'undergraduate', fullTime: true }, bothParentsUnavailable: true },
    ],
  };
  const a = fromHousehold(file);
  assert.equal(a.members[0]['grade.physical'], 'unsure');
  assert.equal(a.members[0].supporters, 'unsure');
  assert.equal(a.members[1].bothParentsUnavailable, 'unsure');
  assert.equal(a.members[1].supporters, 'unsure');
  assert.equal(a.members[2].bothParentsUnavailable, 'yes');
  const [me, grandchild, child] = walk(a).household.members;
  assert.deepEqual(me.disabilities, [{ type: 'physical', grade: null }]);
  assert.equal(me.supporters, 'unknown');
  assert.equal(grandchild.bothParentsUnavailable, null);
  assert.equal(grandchild.supporters, 'unknown');
  assert.equal(child.bothParentsUnavailable, true);
  // the defaults read back as themselves, not as 不确定
  const plainFile = fromHousehold({ members: [{ relation: 'applicant', age: 10 }] });
  assert.equal(plainFile.members[0].bothParentsUnavailable, 'no');
  assert.equal(plainFile.members[0].supporters, 'able');
});

const V1: HouseholdInput = { schemaVersion: 1, asOf: '2026-03-01', members: [{ relation: 'applicant', age: 45, disabilities: [{ type: 'physical', grade: 1 }] }], household: { singlePersonCoverage: true, applyingByProxy: true } };

test('a v1 file with singlePersonCoverage: the questionnaire keeps every other answer and writes it back as v2 without the flag', () => {
  const h = walk(fromHousehold(V1)).household;
  assert.equal(h.household?.singlePersonCoverage, undefined);
  assert.equal(h.asOf, '2026-03-01');
  const written = JSON.parse(writeHouseholdFile(h));
  assert.equal(written.schemaVersion, 2);
  assert.ok(!('singlePersonCoverage' in (written.household ?? {})));
  assert.deepEqual(written.members[0].disabilities, [{ type: 'physical', grade: 1 }]);
});

test('writeHouseholdFile: schemaVersion 2 first, v1 singlePersonCoverage dropped, the rest untouched', () => {
  const text = writeHouseholdFile(V1);
  assert.ok(text.startsWith('{\n  "schemaVersion": 2,'), text);
  assert.deepEqual(JSON.parse(text), { schemaVersion: 2, asOf: '2026-03-01', members: V1.members, household: { applyingByProxy: true } });
  assert.deepEqual(JSON.parse(writeHouseholdFile({ members: [{ relation: 'applicant', age: 1 }] })), { schemaVersion: 2, members: [{ relation: 'applicant', age: 1 }] });
});

test('hotline: a new member starts with supporters 未问/不确定 ("unknown"), written as such; a file without supporters still means "able"', () => {
  assert.equal(emptyMember('').supporters, 'unknown');
  const d = emptyDraft();
  d.members[0].age = '70';
  assert.equal(buildHousehold(d, NO_FIGURES).file.members[0].supporters, 'unknown');
  const fromFile = draftFromFile({ members: [{ relation: 'applicant', age: 70 }] });
  assert.equal(fromFile.members[0].supporters, 'able');
  assert.equal(buildHousehold(fromFile, NO_FIGURES).file.members[0].supporters, undefined);
});

test('hotline: a null grade, null parents and "unknown" supporters survive a file and a reload (session) round trip', () => {
  const file = {
    members: [
      { relation: 'applicant', age: 67, disabilities: [{ type: 'visual', grade: null }, { type: 'physical', grade: 3 }], supporters: 'unknown' },
      { relation: 'grandchild', age: 9, bothParentsUnavailable: null },
      { relation: 'grandchild', age: 7, bothParentsUnavailable: true, supporters: 'none' },
    ],
  };
  const d = draftFromFile(file);
  assert.deepEqual(d.members[0].disabilities, [{ type: 'visual', grade: 'unsure' }, { type: 'physical', grade: '3' }]);
  assert.equal(d.members[1].bothParentsUnavailable, null);
  const built = buildHousehold(d, NO_FIGURES);
  assert.deepEqual(built.local, []);
  assert.deepEqual(built.file.members, file.members);
  const again = buildHousehold(draftFromFile(JSON.parse(draftToSession(d))), NO_FIGURES).file;
  assert.deepEqual(again.members, file.members);
});

test('hotline: a v1 file with singlePersonCoverage opens, and its export is v2 without the flag', () => {
  const d = draftFromFile(V1);
  const file = buildHousehold(d, NO_FIGURES).file;
  assert.equal(file.household?.singlePersonCoverage, undefined);
  assert.equal(file.household?.applyingByProxy, true);
  const written = JSON.parse(writeHouseholdFile(file));
  assert.equal(written.schemaVersion, 2);
  assert.ok(!JSON.stringify(written).includes('singlePersonCoverage'));
});
