// The caseload spreadsheet (src/components/caseload/csv.ts, csv-columns.ts): a household written
// as rows reads back as the same household, in either language's words; the template is one
// valid family; UTF-8 with or without a BOM and GB18030 are read, other bytes refused; every
// problem has its row and column, a family with a bad row is reported and the others are built.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { COLUMNS, householdRows, localeWords, vocabulary } from '../../src/components/caseload/csv-columns.ts';
import { templateCsv } from '../../src/components/caseload/csv-page.ts';
import { MAX_ROWS, cellIssues, readCsv } from '../../src/components/caseload/csv.ts';
import { toCsv } from '../../src/components/caseload/rows.ts';
import { FILE_FACTS, GROUP_FACTS, GROUPS, MEMBER_FACTS } from '../../src/rules/facts.ts';
import { validateHousehold, type Household } from '../../src/rules/household.ts';
import { makeT } from '../../src/i18n/runtime.ts';
import { sampleHouseholds } from './arbitrary.ts';

const load = (locale: string, ns: string) => JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8')) as Record<string, string>;
const ZH = localeWords(load('zh-CN', 'caseload'), load('zh-CN', 'rules'));
const EN = localeWords(load('en', 'caseload'), load('en', 'rules'));
const WORDS = [ZH, EN];
const utf8 = (text: string) => new TextEncoder().encode(text);

/** a member's name is a label the spreadsheet trims, and an empty one is no name */
const comparable = (h: Household) => ({
  ...h,
  members: h.members.map(({ name, ...m }) => (name?.trim() ? { name: name.trim(), ...m } : m)),
});

test('every fact of the catalogue has its column (student: level and full-time), and every column its words in both locales', () => {
  const facts = [...Object.keys(MEMBER_FACTS).flatMap((f) => (f === 'student' ? ['student.level', 'student.fullTime'] : [f])), ...Object.keys(FILE_FACTS), ...GROUPS.flatMap((g) => Object.keys(GROUP_FACTS[g]).map((f) => `${g}.${f}`))];
  assert.deepEqual(COLUMNS.map((c) => c.id), ['family', ...facts]);
  for (const c of COLUMNS) assert.ok(ZH[`csv.col.${c.id}`] && EN[`csv.col.${c.id}`], c.id);
});

test('households written as rows read back as the same households, in Chinese and in English words', () => {
  const households = (sampleHouseholds(300, 31) as unknown[]).flatMap((h) => {
    const r = validateHousehold(h);
    return r.ok && (h as { schemaVersion?: number }).schemaVersion === 2 ? [r.household] : [];
  });
  assert.ok(households.length > 50, `enough v2 households (${households.length})`);
  for (const words of [WORDS, [EN, ZH]]) {
    const [head, ...rows] = householdRows(households.map((household, i) => ({ family: `F${i}`, household })), vocabulary(words));
    // read by a Chinese page either way
    const read = readCsv(utf8(toCsv(head, rows)), WORDS);
    assert.equal(read.encoding, 'utf-8');
    assert.deepEqual(read.problems, []);
    assert.equal(read.families.length, households.length);
    read.families.forEach((f, i) => {
      assert.deepEqual(f.problems, [], f.family);
      const again = validateHousehold(f.data);
      assert.ok(again.ok, `${f.family}: ${JSON.stringify(!again.ok && again.issues)}`);
      assert.deepEqual(comparable(again.household), comparable(households[i]), f.family);
    });
  }
});

test('the template: Chinese column names with what to write, one valid example family', () => {
  const t = makeT({ caseload: load('zh-CN', 'caseload'), rules: load('zh-CN', 'rules') }, 'caseload', 'zh-CN');
  const csv = templateCsv(t, WORDS);
  assert.ok(csv.startsWith('\uFEFF家庭编号（'));
  assert.match(csv, /有退休金（是\/否，不填算“否”）/);
  assert.match(csv, /肢体2级/);
  const read = readCsv(utf8(csv), WORDS);
  assert.equal(read.families.length, 1);
  const [f] = read.families;
  assert.equal(f.family, '示例-001');
  assert.equal(f.name, '王秀兰');
  assert.deepEqual(f.problems, []);
  const v = validateHousehold(f.data);
  assert.ok(v.ok);
  assert.deepEqual(v.household.members[0].disabilities, [{ type: 'physical', grade: 2 }]);
  assert.deepEqual(v.household.members[1].illnesses, ['cerebral-infarction']);
  assert.equal(v.household.members[1].supporters, 'unknown');
});

const SHEET = [
  '家庭编号,姓名,与申请人关系,年龄,每月收入,残疾,有退休金,城镇或农村,存款现金理财总数',
  'A01,王秀兰,申请人,67,600,,否,城镇,3000',
  'B02,李建国,申请人,45,"1,500",肢体3级、视力等级不确定,否,农村,0',
  'B02,张红,配偶,四十三,1000,,是,,',
  'C03,赵大爷,本人,70,0,,不确定,城镇,',
].join('\r\n');

test('UTF-8 with and without a BOM and GB18030 read the same; other bytes are refused', () => {
  const names = (bytes: Uint8Array) => readCsv(bytes, WORDS).families.map((f) => f.name);
  const expected = ['王秀兰', '李建国', '赵大爷'];
  assert.deepEqual(names(utf8(`\uFEFF${SHEET}`)), expected);
  assert.deepEqual(names(utf8(SHEET)), expected);
  const gb = new Uint8Array(iconv.encode(SHEET, 'gb18030'));
  assert.notDeepEqual(gb, utf8(SHEET), 'the GB18030 bytes differ from UTF-8');
  assert.equal(readCsv(gb, WORDS).encoding, 'gb18030');
  assert.deepEqual(names(gb), expected);
  // 0xFF is invalid in both; a NUL is no text (a binary file, or UTF-16)
  for (const bytes of [new Uint8Array([0x41, 0x2c, 0xff, 0x0a]), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), new Uint8Array(iconv.encode(SHEET, 'utf16le'))]) {
    assert.deepEqual(readCsv(bytes, WORDS), { encoding: null, families: [], problems: [{ row: null, column: null, code: 'encoding' }] });
  }
});

test('a bad cell is reported at its row and column; its family is not built clean, the others are', () => {
  const read = readCsv(utf8(SHEET), WORDS);
  assert.deepEqual(read.problems, []);
  const [a, b, c] = read.families;
  assert.deepEqual(a.problems, []);
  assert.deepEqual(c.problems, [{ row: 5, column: '有退休金', code: 'value', vars: { value: '不确定', allowed: '是/否' } }]);
  // "四十三" is not a whole number: row 4 (the header is row 1), column 年龄; the schema then misses the age at the same cell, said once
  assert.deepEqual(b.problems, [{ row: 4, column: '年龄', code: 'count', vars: { value: '四十三' } }]);
  const v = validateHousehold(b.data);
  assert.ok(!v.ok);
  assert.deepEqual(cellIssues(b, v.issues), []);
  // what was read: "1,500" is 1500, 肢体3级、视力等级不确定 two disabilities, 农村 from the applicant's row
  assert.equal(b.data.members[0].monthlyIncome, '1500');
  assert.deepEqual(b.data.members[0].disabilities, [{ type: 'physical', grade: 3 }, { type: 'visual', grade: null }]);
  assert.equal(b.data.area, 'rural');
  assert.equal(c.data.members[0].relation, 'applicant', '本人 is the applicant');
});

test("the schema's issues are placed at the family's rows: two applicants, a household fact, a member's disability", () => {
  const sheet = ['家庭编号,与申请人关系,年龄,残疾,存款现金理财总数,其中因病卖唯一住房得的钱', 'X,申请人,40,,100,200', 'X,申请人,41,肢体2级、肢体3级,,'].join('\n');
  const [f] = readCsv(utf8(sheet), WORDS).families;
  const v = validateHousehold(f.data);
  assert.ok(!v.ok);
  assert.deepEqual(
    cellIssues(f, v.issues).map(({ row, column, code }) => ({ row, column, code })),
    [
      { row: 2, column: '与申请人关系', code: 'one-applicant' },
      { row: 3, column: '残疾', code: 'duplicate' },
      { row: 2, column: '其中因病卖唯一住房得的钱', code: 'exceeds-monetary' },
    ],
  );
});

test('the file as a whole: unknown, missing, unnamed and doubled columns, household facts off the applicant row, rows without a family', () => {
  const problems = (text: string) => readCsv(utf8(text), WORDS).problems;
  assert.deepEqual(problems('家庭编号,姓名,年级,年龄（周岁）,Age\nA,张,1,3,4'), [
    { row: 1, column: '年级', code: 'unknownColumn' },
    { row: 1, column: 'Age', code: 'duplicateColumn' },
    { row: 1, column: null, code: 'missingColumn', vars: { column: '与申请人关系' } },
  ]);
  assert.deepEqual(problems('家庭编号,与申请人关系,年龄,\nA,申请人,30,x'), [{ row: 1, column: null, code: 'unnamedColumn', vars: { n: '4' } }]);
  const read = readCsv(utf8('Family,Relation to the applicant,Age,Urban or rural\nA,applicant,30,rural\nA,spouse,31,urban\n,child,3,\n\nB,applicant,50,'), WORDS);
  assert.deepEqual(read.problems, [{ row: 4, column: 'Family', code: 'noFamily' }]);
  assert.deepEqual(read.families[0].problems, [{ row: 3, column: 'Urban or rural', code: 'notApplicantRow' }]);
  assert.deepEqual(read.families[1].problems, []);
  assert.deepEqual(problems('家庭编号,与申请人关系,年龄\n"A,申请人,30\nB,申请人,3'), [{ row: 2, column: null, code: 'quotes' }]);
  assert.deepEqual(problems('\n\n'), [{ row: null, column: null, code: 'noHeader' }]);
  assert.deepEqual(problems('家庭编号,与申请人关系,年龄\n'), [{ row: null, column: null, code: 'noFamilies' }]);
});

test(`more than ${MAX_ROWS} rows are refused; ${MAX_ROWS} are read`, () => {
  const sheet = (n: number) => `家庭编号,与申请人关系,年龄\n${Array.from({ length: n }, (_, i) => `F${i},申请人,30`).join('\n')}\n`;
  assert.deepEqual(readCsv(utf8(sheet(MAX_ROWS + 1)), WORDS).problems, [{ row: null, column: null, code: 'tooManyRows', vars: { max: '50,000' } }]);
  const read = readCsv(utf8(sheet(MAX_ROWS)), WORDS);
  assert.deepEqual(read.problems, []);
  assert.equal(read.families.length, MAX_ROWS);
});
