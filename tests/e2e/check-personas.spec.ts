// Nine residents walk the questionnaire end to end by clicking and typing; each ends on the result
// the engine gives for the same household file (evaluate() in Node): every programme's standing
// and amount, and the number of materials. No request leaves the site, no answer is in the address.
import { test, expect } from '@playwright/test';
import { CHECK_PATH, asWritten, expectResult, expected, openCheck, persona, recordRequests, storage, walkPersona, words, type Locale, type WalkOptions } from './helpers/check.ts';

// whole walks through the questionnaire take longer than the default 30 s on a busy machine
test.describe.configure({ timeout: 180_000 });

const PERSONAS: { name: string; locale: Locale; about: string; opts?: WalkOptions; distinctive?: string[] }[] = [
  { name: 'disability-family', locale: 'zh-CN', about: '三口之家，妻子二级肢体残疾：低保 935' },
  { name: 'widowed-mother', locale: 'zh-CN', about: '丧偶母亲、女儿读高中、外婆领养老金：低保 1935', opts: { varyMoney: true } },
  { name: 'divorced-father-en', locale: 'en', about: 'divorced father, son at primary school (English)', distinctive: ['2650.5', '12000'] },
  { name: 'childless-couple', locale: 'zh-CN', about: '城市无子女双老，一人领退休金：双老扣减' },
  { name: 'rural-tekun-elder', locale: 'zh-CN', about: '农村独居老人，无赡养人，集中供养：特困 1870' },
  { name: 'student-orphan-en', locale: 'en', about: 'grandmother and a university student whose parents are both unavailable (English)', distinctive: ['Xiaoming'] },
  { name: 'rigid-medical', locale: 'zh-CN', about: '白血病看病自付 86000：刚性支出需核实', opts: { varyMoney: true }, distinctive: ['86000', '35000'] },
  { name: 'dibao-uremia', locale: 'zh-CN', about: '已领低保、尿毒症扣减满2年、两套房：低保需核实' },
  { name: 'edge-hearing', locale: 'zh-CN', about: '低保边缘，老伴残疾等级答“不确定”', opts: { unsure: true } },
];

for (const p of PERSONAS) {
  test(`persona ${p.name}: ${p.about}`, async ({ page, baseURL }) => {
    const h = persona(p.name);
    const requests = recordRequests(page);
    await openCheck(page, p.locale);
    const seen = await walkPersona(page, h, p.opts);
    // 不确定 is written as null / "unknown": the engine gets that, not the persona's grade 4
    await expectResult(page, expected(p.opts?.unsure ? asWritten(h, seen) : h), p.locale);

    // nothing left the device; the address never changed and holds no answer
    expect(requests.outside, 'requests that left 127.0.0.1').toEqual([]);
    expect(page.url()).toBe(new URL(CHECK_PATH[p.locale], baseURL).href);
    for (const value of p.distinctive ?? []) {
      for (const url of requests.all) expect(url, `answer ${value} in a request`).not.toContain(value);
    }
    const kept = await storage(page);
    expect(kept.local, 'localStorage entries').toBe(0);
    expect(kept.session).toEqual(['jinzhucha.check']);
  });
}

test('an answer of 不确定 is listed on the result with what to check', async ({ page }) => {
  const h = persona('edge-hearing');
  await openCheck(page);
  await walkPersona(page, h, { unsure: true });
  const w = words('zh-CN');
  await expect(page.getByRole('heading', { name: w['check:result.unsure.title'] })).toBeVisible();
  // the grade, in words that do not claim a guessed grade; every line names whom it is about
  const lines = page.locator('.unsure li');
  await expect(lines.filter({ hasText: '听力残疾' })).toHaveCount(1);
  await expect(lines.filter({ hasText: '听力残疾' })).toHaveText(/^老伴的听力残疾等级：/);
  for (const line of await lines.allInnerTexts()) {
    expect(line).toContain('老伴');
    expect(line).not.toMatch(/按.*估算/);
  }
});
