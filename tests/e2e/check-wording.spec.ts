// How the questionnaire addresses the people it asks about, in both locales: the applicant as
// "you" / 您 ("How old are you?", never "How old is you?"), another member by the name given or,
// without one, by relation ("How old is your spouse?", numbered when two members share it).
import { test, expect, type Page } from '@playwright/test';
import type { HouseholdInput } from '../../src/rules/index.ts';
import { openCheck, walkPersona, type Locale } from './helpers/check.ts';

// a whole walk through the questionnaire takes longer than the default 30 s on a busy machine
test.describe.configure({ timeout: 180_000 });

const household = (childName: string): HouseholdInput => ({
  area: 'urban',
  members: [
    { relation: 'applicant', age: 45, monthlyIncome: '800', disabilities: [{ type: 'hearing', grade: 4 }] },
    { relation: 'spouse', age: 44, monthlyIncome: '1000' },
    // grandchildren, whom the questionnaire asks about supporters (never the applicant's own child)
    { relation: 'grandchild', age: 10, name: childName },
    { relation: 'grandchild', age: 8 },
  ],
  assets: { monetary: '0', homes: 1, cars: 0 },
});

/** Walk to the result, answering 不确定 for the grade, and keep the heading the page showed for each step. */
async function headings(page: Page, locale: Locale, h: HouseholdInput): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  await openCheck(page, locale);
  await walkPersona(page, h, {
    unsure: true,
    onStep: async (id) => void seen.set(id, (await page.locator('.check-main h1').innerText()).trim()),
  });
  return seen;
}

interface Expected {
  title: string;
  childName: string;
  /** the heading each step shows ("grade" for the applicant's one disability grade question) */
  headings: Record<string, string>;
  /** what no heading and no "not sure" line may say */
  never: RegExp;
  /** how the result's "not sure" list starts, and a line it holds */
  firstUnsure: RegExp;
  unsureLine: string;
}

const EXPECTED: Record<Locale, Expected> = {
  en: {
    title: 'English: the applicant is asked as "you", the other members by relation or name',
    childName: 'Xiaoming',
    headings: {
      'm0.age': 'How old are you?',
      'm0.monthlyIncome': 'What is your average monthly income?',
      'm0.conditions': 'Does any of these apply to you?',
      'm0.dtypes': 'Which type of disability is on your certificate?',
      grade: 'Hearing disability: what grade is on your certificate?',
      'm1.age': 'How old is your spouse?',
      'm1.monthlyIncome': "What is your spouse's average monthly income?",
      'm1.conditions': 'Does any of these apply to your spouse?',
      // two grandchildren: the named one by name, the unnamed one by relation and, as there is another, number
      // the name is typed on the age's own page, so that page says the relation
      'm2.age': 'How old is your grandchild?',
      'm2.conditions': 'Does any of these apply to Xiaoming?',
      'm3.age': 'How old is your grandchild 2?',
      'm3.student': 'What school is your grandchild 2 at?',
      // worded for the relation
      'm3.bothParentsUnavailable': "Are both of your grandchild 2's parents gone, or both unable to look after them?",
      'm3.supporters': "Among your grandchild 2's parents, you and the other grandparents, is there someone who can bring them up?",
    },
    never: /\b(?:[Ii]s|[Dd]oes|[Hh]as|[Ww]as) you\b|\b[Yy]ou's\b| of you\b|\bMember \d/,
    firstUnsure: /^Hearing disability: look at the grade on your disability certificate\./,
    unsureLine: 'Whether someone can support your grandchild 2:',
  },
  'zh-CN': {
    title: '中文：申请人称“您”，其他家人用名字或关系称呼',
    childName: '小明',
    headings: {
      'm0.age': '您今年多大年龄？',
      'm0.conditions': '您有没有下面的情况？',
      grade: '您的听力残疾是几级？',
      // an unnamed member by the relation, as the resident says it: 您的配偶, 您的孙子女
      'm1.age': '您的配偶今年多大年龄？',
      'm1.conditions': '您的配偶有没有下面的情况？',
      'm2.age': '您的孙子女或外孙子女今年多大年龄？',
      'm3.age': '您的孙子女或外孙子女2今年多大年龄？',
      'm3.bothParentsUnavailable': '您的孙子女或外孙子女2的父母是不是都不在了，或者都没法照顾 TA？',
      'm3.supporters': '您的孙子女或外孙子女2的父母，或者您和其他祖父母、外祖父母，有没有人有能力抚养 TA？',
    },
    never: /成员\d/,
    firstUnsure: /^您的听力残疾等级：/,
    unsureLine: '有没有人有能力照顾您的孙子女或外孙子女2：',
  },
};

for (const locale of ['en', 'zh-CN'] as const) {
  const x = EXPECTED[locale];
  test(x.title, async ({ page }) => {
    const seen = await headings(page, locale, household(x.childName));
    const grade = [...seen.keys()].find((id) => id.startsWith('m0.grade'));
    for (const [id, text] of Object.entries(x.headings)) expect(seen.get(id === 'grade' ? grade! : id), id).toBe(text);
    for (const [id, text] of seen) expect(text, id).not.toMatch(x.never);
    // on the result, the "not sure" answers: the applicant's grade, and whether someone can support each grandchild
    const unsure = page.locator('.unsure li');
    await expect(unsure.first()).toHaveText(x.firstUnsure);
    await expect(unsure.filter({ hasText: x.unsureLine })).toHaveCount(1);
    for (const line of await unsure.allInnerTexts()) expect(line).not.toMatch(x.never);
  });
}
