// The hotline workspace (/hotline/): keyboard-only entry matches the engine, 新来电 forgets the
// caller, the copied summary, settings, accessibility and the sticky panel.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { evaluate, isError, PROGRAMS, type Evaluation, type HouseholdInput } from '../../src/rules/index.ts';
import { amountText, lawValues, materialLabel, thirdPersonRules } from '../../src/lib/explain.ts';
import { makeT } from '../../src/i18n/runtime.ts';
import { WCAG_TAGS } from './helpers/page.ts';

const rules = JSON.parse(readFileSync('src/i18n/zh-CN/rules.json', 'utf8')) as Record<string, string>;
const hotline = JSON.parse(readFileSync('src/i18n/zh-CN/hotline.json', 'utf8')) as Record<string, string>;
// as HotlinePage.astro gives its island: staff call the applicant 申请人
const t = makeT({ rules: thirdPersonRules(rules), hotline }, 'hotline');
const SESSION_KEY = 'jzc-hotline-call';
const SETTINGS_KEY = 'jzc-hotline-settings';

/** What the keyboard test types, as a household file: a disability, an illness and a student. */
const HOUSEHOLD: HouseholdInput = {
  area: 'urban',
  members: [
    { relation: 'applicant', age: 52, monthlyIncome: '2000', disabilities: [{ type: 'physical', grade: 2 }] },
    { relation: 'spouse', age: 50, illnesses: ['uremia'] },
    { relation: 'child', age: 19, student: { level: 'undergraduate', fullTime: true } },
    { relation: 'parent', age: 78, monthlyIncome: '1500', hasPension: true },
  ],
};

/** HOUSEHOLD as the form holds it once typed: every new row starts with supporters 未问/不确定. */
const TYPED: HouseholdInput = { ...HOUSEHOLD, members: HOUSEHOLD.members.map((m) => ({ ...m, supporters: 'unknown' })) };

function expected(h: HouseholdInput): Evaluation {
  const out = evaluate(h);
  if (isError(out)) throw new Error(JSON.stringify(out.issues));
  return out;
}

async function open(page: Page, path = '/hotline/') {
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function waitFocus(page: Page, id: string) {
  await expect.poll(() => focusedId(page), { message: `focus on #${id}` }).toBe(id);
}

/** Press Tab until the element with this id has focus (keyboard only). */
async function tabTo(page: Page, id: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} not reached with Tab (focus on #${await focusedId(page)})`);
}

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Selects are moved with the arrow keys from their first option, as staff would. */
async function choose(page: Page, id: string, downs: number) {
  await waitFocus(page, id);
  await press(page, 'ArrowDown', downs);
}

/** Enters HOUSEHOLD with the keyboard only; `name` is typed for member 1 when given. */
async function enterHousehold(page: Page, name?: string) {
  await page.keyboard.press('Alt+1');
  await waitFocus(page, 'hl-f-members-0-relation');
  await page.keyboard.press('Tab');
  await page.keyboard.type('52');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2000');
  if (name) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(name);
  }
  await tabTo(page, 'hl-f-members-0-details');
  await page.keyboard.press('Enter');
  await tabTo(page, 'hl-f-members-0-add-disability');
  await page.keyboard.press('Enter');
  await choose(page, 'hl-f-members-0-disabilities-0-type', 4); // '', visual, hearing, speech, physical
  await page.keyboard.press('Tab');
  await choose(page, 'hl-f-members-0-disabilities-0-grade', 2);

  await page.keyboard.press('Alt+M');
  await choose(page, 'hl-f-members-1-relation', 2); // '', applicant, spouse
  await page.keyboard.press('Tab');
  await page.keyboard.type('50');
  await tabTo(page, 'hl-f-members-1-details');
  await page.keyboard.press('Enter');
  await tabTo(page, 'hl-f-members-1-illnesses');
  await page.keyboard.type('尿毒');
  await page.keyboard.press('Enter');
  await expect(page.locator('#hl-f-members-1-editor .hl-chips')).toContainText(rules['illness.uremia']);

  await page.keyboard.press('Alt+M');
  await choose(page, 'hl-f-members-2-relation', 3); // … child
  await page.keyboard.press('Tab');
  await page.keyboard.type('19');
  await tabTo(page, 'hl-f-members-2-details');
  await page.keyboard.press('Enter');
  await tabTo(page, 'hl-f-members-2-student');
  await press(page, 'ArrowDown', 7); // not at school, preschool … undergraduate

  await page.keyboard.press('Alt+M');
  await choose(page, 'hl-f-members-3-relation', 4); // … parent
  await page.keyboard.press('Tab');
  await page.keyboard.type('78');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1500');
  await tabTo(page, 'hl-f-members-3-details');
  await page.keyboard.press('Enter');
  await tabTo(page, 'hl-f-members-3-hasPension');
  await page.keyboard.press('Space');
  await expect(page.locator('#hl-f-members-3-hasPension')).toBeChecked();
}

async function expectPanelShows(page: Page, ev: Evaluation) {
  await expect(page.locator('.hl-panel')).not.toHaveClass(/is-stale/);
  const r = ev.result;
  for (const p of PROGRAMS) {
    const card = page.locator(`section.program:has(#program-${p})`);
    const status = r.programs[p].status;
    await expect(card, p).toHaveClass(new RegExp(`status-${status}`));
    await expect(card.locator('.standing strong'), p).toHaveText(rules[`status.${status}`]);
    const amount = amountText(t, r, p);
    if (amount) await expect(card.locator('.amount'), p).toContainText(amount);
    else await expect(card.locator('.amount'), p).toHaveCount(0);
  }
}

test.describe('hotline workspace', () => {
  test.describe.configure({ timeout: 60_000 });
  test('a household typed with the keyboard only gives the engine\'s result', async ({ page }) => {
    await open(page);
    await enterHousehold(page);
    const ev = expected(TYPED);
    // the case is only worth testing if it exercises amounts and more than one standing
    expect(ev.result.programs.dibao.monthlyAmount).not.toBeNull();
    expect(new Set(PROGRAMS.map((p) => ev.result.programs[p].status)).size).toBeGreaterThan(1);
    await expectPanelShows(page, ev);
    // focus stayed where the typing was, and the live line is short (not the whole panel)
    await waitFocus(page, 'hl-f-members-3-hasPension');
    await expect(page.locator('#hl-live')).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('#hl-live')).toContainText(rules['program.dibao.short']);
    expect((await page.locator('#hl-live').innerText()).length).toBeLessThan(80);
    await expect(page.locator('.hl-panel [aria-live]')).toHaveCount(1);
  });

  test('新来电 leaves nothing of the caller in the page or in storage', async ({ page }) => {
    await open(page);
    await page.evaluate(([k]) => localStorage.setItem(k, JSON.stringify({ priorYearCityDisposableIncome: { value: '52000', entered: '2026-03-01' } })), [SETTINGS_KEY]);
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await enterHousehold(page, '王秀英');
    await page.keyboard.press('Alt+3');
    await page.keyboard.type('88888');
    await expect(page.locator('#hl-summary')).toHaveValue(/王秀英/);
    // during the call the answers are kept for a reload …
    expect(await page.evaluate((k) => sessionStorage.getItem(k), SESSION_KEY)).toContain('王秀英');
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('#hl-f-members-0-name')).toHaveValue('王秀英');

    // … and forgotten by 新来电 (confirmed in a dialog that takes focus)
    await page.keyboard.press('Alt+N');
    await expect(page.locator('#hl-newcall')).toBeVisible();
    await waitFocus(page, 'hl-newcall-confirm');
    await page.keyboard.press('Enter');
    await expect(page.locator('#hl-newcall')).toBeHidden();
    await waitFocus(page, 'hl-f-members-0-relation');

    const form = await page.evaluate(() => {
      const f = document.querySelector('.hl-form')!;
      return {
        texts: [...f.querySelectorAll<HTMLInputElement>('input[type=text]')].map((i) => i.value),
        checked: [...f.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((i) => i.checked).length,
        selects: Object.fromEntries([...f.querySelectorAll<HTMLSelectElement>('select')].map((s) => [s.id, s.value])),
        rows: f.querySelectorAll('tr.hl-row').length,
      };
    });
    expect(form.texts.every((v) => v === '')).toBe(true);
    expect(form.checked).toBe(0);
    expect(form.rows).toBe(1);
    expect(form.selects).toEqual({
      'hl-f-members-0-relation': 'applicant',
      'hl-f-area': 'urban',
      'hl-f-household-currentCoverage': 'none',
      'hl-f-household-singleParent': 'none',
    });
    const text = await page.evaluate(() => document.body.innerText);
    // the name, an amount, the income total and the 低保 amount the panel showed
    const dibao = expected(TYPED).result.programs.dibao.monthlyAmount!.replace(/\.00$/, '');
    for (const typed of ['王秀英', '88888', '3500', dibao]) expect(text).not.toContain(typed);
    await expect(page.locator('.hl-editor, .hl-chips, .hl-facts')).toHaveCount(0);
    await expect(page.locator('#hl-summary')).toHaveCount(0);
    await expect(page.locator('.hl-panel .program')).toHaveCount(0);

    const storage = await page.evaluate(() => ({
      session: Object.keys(sessionStorage),
      local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    }));
    expect(storage.session).toEqual([]);
    expect(Object.keys(storage.local)).toEqual([SETTINGS_KEY]);
    expect(storage.local[SETTINGS_KEY]).toContain('52000');
    expect(storage.local[SETTINGS_KEY]).not.toContain('王秀英');
    // a reload brings nothing back
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('#hl-f-members-0-name')).toHaveValue('');
  });

  test('the copied summary has every standing and the materials, and only what was filled in', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await enterHousehold(page);
    await page.keyboard.press('Alt+C');
    await expect(page.locator('#hl-live')).toHaveText(hotline['copy.done']);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await expect(page.locator('#hl-summary')).toHaveValue(copied);

    const ev = expected(TYPED);
    for (const p of PROGRAMS) expect(copied).toContain(t('rules:summary.program', { program: rules[`program.${p}`], status: rules[`status.${ev.result.programs[p].status}`] }));
    expect(ev.result.materials.length).toBeGreaterThan(4);
    for (const m of ev.result.materials) expect(copied).toContain(materialLabel(t, TYPED, m, lawValues(ev.result)));
    expect(copied).toContain(amountText(t, ev.result, 'dibao')!);
    // nothing staff did not fill: no names (members are named by relation), no assets, no expenses, no family flags
    expect(copied).toContain('申请人：');
    for (const absent of ['财产', '支出：', '家庭情况：', '单亲', 'undefined', 'null']) expect(copied).not.toContain(absent);

    // a name appears once it is typed
    await page.keyboard.press('Alt+1');
    await tabTo(page, 'hl-f-members-0-name');
    await page.keyboard.type('老李');
    await page.keyboard.press('Alt+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('老李：');
  });

  test('entering the city income figure decides the 刚性支出 income condition and shows its date', async ({ page }) => {
    await open(page);
    await page.fill('#hl-f-members-0-age', '40');
    await page.fill('#hl-f-members-0-monthlyIncome', '3000');
    await page.fill('#hl-f-rigidExpenses-medical', '30000');
    const rigid = page.locator('section.program:has(#program-rigid)');
    const unknownText = t('rules:step.rigid-income.unknown', { perCapitaAnnualIncome: '36000' });
    await expect(rigid.locator('.steps')).toContainText(unknownText);
    await expect(rigid).toHaveClass(/status-review/);
    await expect(page.locator('[data-figure=priorYearCityDisposableIncome]')).toContainText('未录入');

    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const setFigure = async (value: string) => {
      await page.getByRole('button', { name: hotline['settings.open'] }).click();
      await expect(page.locator('#hl-settings')).toBeVisible();
      await page.fill('#hl-set-priorYearCityDisposableIncome', value);
      await page.keyboard.press('Enter');
      await expect(page.locator('#hl-settings')).toBeHidden();
    };

    await setFigure('30000'); // 36000 per head is not below it
    await expect(rigid.locator('.steps')).not.toContainText(unknownText);
    await expect(rigid.locator('.steps')).toContainText(t('rules:step.rigid-income.not-met', { perCapitaAnnualIncome: '36000', cityFigure: '30000' }));
    await expect(rigid).toHaveClass(/status-unlikely/);
    const line = page.locator('[data-figure=priorYearCityDisposableIncome]');
    await expect(line).toContainText(`按 ${today} 录入的 30000 元计算`);
    await expect(line).toContainText('不在收录原文中，由本机录入');

    await setFigure('52000'); // below it: met, and the household now likely qualifies
    await expect(rigid).toHaveClass(/status-likely/);
    // met conditions are not listed in the compact panel: the figure's condition is gone from it
    await expect(rigid).not.toContainText('上年度全市居民人均可支配收入');
    await expect(line).toContainText(`按 ${today} 录入的 52000 元计算`);
    expect(await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY)).toContain(today);
  });

  test('an invalid field shows its error beside it and keeps the last result, marked stale', async ({ page }) => {
    await open(page);
    await page.fill('#hl-f-members-0-age', '70');
    await expect(page.locator('section.program')).toHaveCount(PROGRAMS.length);
    await page.fill('#hl-f-members-0-age', '7o');
    await expect(page.locator('#hl-f-members-0-age')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#hl-f-members-0-age-issue')).toContainText(hotline['issue.integer']);
    await expect(page.locator('.hl-panel')).toHaveClass(/is-stale/);
    await expect(page.locator('section.program')).toHaveCount(PROGRAMS.length);
    await expect(page.locator('.hl-stale')).toContainText(hotline['panel.stale']);
    await expect(page.locator('#hl-f-members-0-age')).toBeFocused();
    await page.fill('#hl-f-members-0-age', '70');
    await expect(page.locator('.hl-panel')).not.toHaveClass(/is-stale/);
  });

  test('a file that fails to import is listed and changes nothing', async ({ page }) => {
    await open(page);
    await page.fill('#hl-f-members-0-age', '66');
    await page.setInputFiles('#hl-import', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ members: [{ relation: 'applicant', age: 200 }], colour: 'red' })) });
    await expect(page.locator('.hl-import-issues')).toContainText('members.0.age');
    await expect(page.locator('.hl-import-issues')).toContainText('colour');
    await expect(page.locator('#hl-f-members-0-age')).toHaveValue('66');
    await page.setInputFiles('#hl-import', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HOUSEHOLD)) });
    await expect(page.locator('.hl-import-ok')).toBeVisible();
    await expect(page.locator('tr.hl-row')).toHaveCount(4);
    await expectPanelShows(page, expected(HOUSEHOLD));

    // exported again, the file holds the same household (and only what was given)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: hotline['action.export'] }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toEqual({ schemaVersion: 2, ...HOUSEHOLD });
  });

  test('a new member: supporters 未问/不确定, the parents and each grade offer 不确定, and 不确定 reaches the file as "unknown" / null', async ({ page }) => {
    await open(page);
    await page.fill('#hl-f-members-0-age', '67');
    await page.locator('#hl-add-member').click();
    await page.selectOption('#hl-f-members-1-relation', 'grandchild');
    await page.fill('#hl-f-members-1-age', '9');
    await page.locator('#hl-f-members-1-details').click();
    const supporters = page.locator('#hl-f-members-1-supporters');
    await expect(supporters).toHaveValue('unknown');
    await expect(supporters.locator('option:checked')).toHaveText(hotline['supporters.unknown']);
    const parents = page.locator('#hl-f-members-1-bothParentsUnavailable');
    await expect(parents.locator('option')).toHaveText([hotline['parents.false'], hotline['parents.true'], hotline['parents.unsure']]);
    await parents.selectOption('unsure');
    await page.locator('#hl-f-members-1-add-disability').click();
    await page.selectOption('#hl-f-members-1-disabilities-0-type', 'intellectual');
    await expect(page.locator('#hl-f-members-1-disabilities-0-grade option').last()).toHaveText(hotline.unsure);
    await page.selectOption('#hl-f-members-1-disabilities-0-grade', 'unsure');
    await expect(page.locator('.hl-panel')).not.toHaveClass(/is-stale/);
    await expect(page.locator('.hl-panel .program')).toHaveCount(PROGRAMS.length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: hotline['action.export'] }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.schemaVersion).toBe(2);
    expect(exported.members).toEqual([
      { relation: 'applicant', age: 67, supporters: 'unknown' },
      { relation: 'grandchild', age: 9, disabilities: [{ type: 'intellectual', grade: null }], bothParentsUnavailable: null, supporters: 'unknown' },
    ]);
    // the panel shows the engine's result for exactly that file
    await expectPanelShows(page, expected(exported));
    // and it opens again with the same answers: 不确定 stays 不确定
    await page.setInputFiles('#hl-import', { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect(page.locator('.hl-import-ok')).toBeVisible();
    await page.locator('#hl-f-members-1-details').click();
    await expect(page.locator('#hl-f-members-1-bothParentsUnavailable')).toHaveValue('unsure');
    await expect(page.locator('#hl-f-members-1-disabilities-0-grade')).toHaveValue('unsure');
    await expect(page.locator('#hl-f-members-1-supporters')).toHaveValue('unknown');
  });

  test('a v1 file with singlePersonCoverage opens without a problem and is exported as v2, without the flag', async ({ page }) => {
    await open(page);
    const v1 = { schemaVersion: 1, members: [{ relation: 'applicant', age: 45, disabilities: [{ type: 'physical', grade: 1 }] }], household: { singlePersonCoverage: true, applyingByProxy: true } };
    await page.setInputFiles('#hl-import', { name: 'v1.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
    await expect(page.locator('.hl-import-ok')).toBeVisible();
    await expect(page.locator('.hl-import-issues')).toHaveCount(0);
    await expectPanelShows(page, expected(v1 as HouseholdInput));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: hotline['action.export'] }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).not.toContain('singlePersonCoverage');
    const { schemaVersion: _, household, ...rest } = v1;
    expect(JSON.parse(text)).toEqual({ ...rest, area: 'urban', schemaVersion: 2, household: { applyingByProxy: household.applyingByProxy } });
  });

  test('no sideways scrolling at 320 px, with member details open', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page);
    await page.setInputFiles('#hl-import', { name: 'h.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HOUSEHOLD)) });
    for (const i of [0, 1, 2]) await page.locator(`#hl-f-members-${i}-details`).click();
    await expect(page.locator('.hl-editor')).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('axe: empty, with a household, with an error, and printed', async ({ page }) => {
    test.setTimeout(90_000); // four full axe runs on a dense page, on a busy 2-core machine
    const axe = async (label: string) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations, label).toEqual([]);
    };
    await open(page);
    await axe('empty');
    await enterHousehold(page, '老李');
    await axe('household');
    await page.fill('#hl-f-members-2-age', 'abc');
    await expect(page.locator('.hl-err')).not.toHaveCount(0);
    await axe('error');
    await page.fill('#hl-f-members-2-age', '19');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.checklist')).toBeVisible();
    await expect(page.locator('.hl-form')).toBeHidden();
    await expect(page.locator('.hl-status')).toBeHidden();
    await axe('print');
  });

  test('at 1280×720 the status block stays in view while the last section is filled', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page);
    await enterHousehold(page);
    // the panel is refitted on the next animation frame after a scroll or a change of the form
    const inView = async (label: string) => {
      await expect
        .poll(async () => {
          const box = await page.locator('.hl-status').boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 720;
        }, { message: label, timeout: 2000 })
        .toBe(true);
    };
    await page.keyboard.press('Alt+5');
    await expect(page.locator('#hl-s5 input').first()).toBeFocused();
    await page.keyboard.press('Space');
    await inView('section 5 focused');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    await inView('scrolled to the end');
    await expect(page.locator('#hl-live')).toBeInViewport();
  });

  test('the English page has the same workspace', async ({ page }) => {
    await open(page, '/en/hotline/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hotline workspace');
    await page.fill('#hl-f-members-0-age', '70');
    await expect(page.locator('section.program')).toHaveCount(PROGRAMS.length);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });
});
