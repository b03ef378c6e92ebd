// The hotline as staff meet it on the keyboard (issue 11, item 9): Tab from an opened 详情 goes
// into the details, 删除 asks before anyone is lost, the script to read aloud comes first in the
// panel, and the panel's 需核实 count is the number of items it shows as 待核实.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { WCAG_TAGS } from './helpers/page.ts';
import { evaluate, isError, PROGRAMS, type HouseholdInput } from '../../src/rules/index.ts';
import { amountText, thirdPersonRules } from '../../src/lib/explain.ts';
import { makeT } from '../../src/i18n/runtime.ts';
import { CITY_HOTLINE, ASSISTANCE_HOTLINE } from '../../src/lib/hotlines.ts';

const hotline = JSON.parse(readFileSync('src/i18n/zh-CN/hotline.json', 'utf8')) as Record<string, string>;
const rules = JSON.parse(readFileSync('src/i18n/zh-CN/rules.json', 'utf8')) as Record<string, string>;
const t = makeT({ rules: thirdPersonRules(rules), hotline }, 'hotline');

/** A lone elder on a 900 元 pension; a new row's supporters start as 未问/不确定. */
const ELDER: HouseholdInput = { area: 'urban', members: [{ relation: 'applicant', age: 72, monthlyIncome: '900', supporters: 'unknown' }] };
/** A family of four where 特困 is unlikely yet some of its conditions stay open (the panel once said 需核实 0 项 here). */
const FAMILY: HouseholdInput = {
  area: 'urban',
  members: [
    { relation: 'applicant', age: 52, monthlyIncome: '2000', disabilities: [{ type: 'physical', grade: 2 }], supporters: 'unknown' },
    { relation: 'spouse', age: 50, illnesses: ['uremia'], supporters: 'unknown' },
    { relation: 'child', age: 19, student: { level: 'undergraduate', fullTime: true }, supporters: 'unknown' },
    { relation: 'parent', age: 78, monthlyIncome: '1500', hasPension: true, supporters: 'unknown' },
  ],
};

async function importFile(page: Page, h: HouseholdInput) {
  await page.locator('#hl-import').setInputFiles({ name: 'household.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(h)) });
  await expect(page.locator('.hl-import-ok')).toBeVisible();
  await expect(page.locator('.hl-panel-body .program')).not.toHaveCount(0);
}

/** The figure "N" of "需核实 N 项" in the panel's status line, once it has settled. */
async function pendingSaid(page: Page): Promise<number> {
  const pattern = new RegExp(hotline['live.updated'].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{{likely}}', '.*').replace('{{pending}}', '(\\d+)'));
  await expect(page.locator('#hl-live')).toHaveText(pattern);
  return Number(pattern.exec(await page.locator('#hl-live').innerText())![1]);
}

async function open(page: Page) {
  await page.goto('/hotline/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function focusOn(page: Page, id: string) {
  await page.locator(`#${id}`).focus();
  await expect.poll(() => focusedId(page)).toBe(id);
}

/** Two rows typed with the keyboard: the applicant, 72, and a spouse, 70. */
async function twoMembers(page: Page) {
  await page.keyboard.press('Alt+1');
  await expect.poll(() => focusedId(page)).toBe('hl-f-members-0-relation');
  await page.keyboard.press('Tab');
  await page.keyboard.type('72');
  await page.keyboard.press('Alt+M');
  await expect.poll(() => focusedId(page)).toBe('hl-f-members-1-relation');
  await page.keyboard.press('ArrowDown'); // 请选择 → 申请人
  await page.keyboard.press('ArrowDown'); // → 配偶
  await page.keyboard.press('Tab');
  await page.keyboard.type('70');
}

/** Every text the live region has said since this was called (the status line follows an action's words). */
async function recordLive(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { saidLive: string[] };
    w.saidLive = [];
    const el = document.getElementById('hl-live')!;
    new MutationObserver(() => w.saidLive.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { saidLive: string[] }).saidLive);
}

const rows = (page: Page) => page.locator('.hl-members tr.hl-row');

test.describe('hotline on the keyboard', () => {
  test.describe.configure({ timeout: 60_000 });

  test('Tab from an opened 详情 lands on the first field of the details, not on 删除', async ({ page }) => {
    await open(page);
    await twoMembers(page);
    await focusOn(page, 'hl-f-members-0-details');
    await page.keyboard.press('Enter');
    await expect(page.locator('#hl-f-members-0-details')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const editor = document.getElementById('hl-f-members-0-editor');
      const first = editor?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button');
      return { inside: editor?.contains(el) ?? false, first: first === el, id: el.id };
    });
    expect(where.id).not.toBe('hl-f-members-0-remove');
    expect(where.inside, `focus on #${where.id}`).toBe(true);
    expect(where.first, `focus on #${where.id}`).toBe(true);
  });

  test('删除 then Enter asks first: Enter again keeps the person; only 删除 in the dialog removes, and each outcome is announced', async ({ page }) => {
    await open(page);
    await twoMembers(page);
    await expect(rows(page)).toHaveCount(2);
    const who = await page.locator('#hl-f-members-1-relation option:checked').innerText();
    expect(who).toBe(rules['relation.spouse']);
    const said = await recordLive(page);

    await focusOn(page, 'hl-f-members-1-remove');
    await page.keyboard.press('Enter');
    // staff name an unnamed member by their relation to the applicant: 申请人的配偶
    const dialog = page.getByRole('dialog', { name: hotline['remove.title'].replace('{{who}}', `申请人的${who}`) });
    await expect(dialog).toBeVisible();
    await expect.poll(() => focusedId(page)).toBe('hl-remove-cancel');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations, 'dialog open').toEqual([]);

    // a second Enter (the reflex) keeps the person
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(rows(page)).toHaveCount(2);
    await expect(page.locator('#hl-f-members-1-age')).toHaveValue('70');
    await expect.poll(() => focusedId(page)).toBe('hl-f-members-1-remove');
    await expect.poll(said).toContain(hotline['remove.kept'].replace('{{who}}', `申请人的${who}`));

    // Escape keeps the person too
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(rows(page)).toHaveCount(2);

    // asked and confirmed: removed, and said so
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedId(page)).toBe('hl-remove-confirm');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(rows(page)).toHaveCount(1);
    await expect(page.locator('#hl-f-members-0-age')).toHaveValue('72');
    await expect.poll(said).toContain(hotline['members.removed'].replace('{{who}}', `申请人的${who}`));
  });

  test('the script to read aloud is the panel\'s first block: what the caller can probably get with its amount and for whom, what to bring, where to go, 12345', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page);
    await page.fill('#hl-f-members-0-age', '72');
    await page.fill('#hl-f-members-0-monthlyIncome', '900');
    const script = page.locator('.hl-readback');
    await expect(script).toContainText(CITY_HOTLINE.tel);
    // first in the panel's body, before any programme's detail, and on screen without scrolling
    expect(await page.locator('.hl-panel-body > :first-child').evaluate((el) => el.classList.contains('hl-readback'))).toBe(true);
    expect(await page.evaluate(() => {
      const s = document.querySelector('.hl-readback')!;
      const first = document.querySelector('.hl-panel-body .program')!;
      return (s.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    })).toBe(true);
    const box = await script.boundingBox();
    expect(box!.y).toBeLessThan(720);

    const ev = evaluate(ELDER);
    if (isError(ev)) throw new Error('ELDER is invalid');
    const r = ev.result;
    const likely = PROGRAMS.filter((p) => r.programs[p].status === 'likely');
    const withAmount = likely.filter((p) => amountText(t, r, p));
    expect(withAmount.length).toBeGreaterThan(0);
    const text = await script.innerText();
    for (const p of withAmount) {
      expect(text).toContain(t(`rules:program.${p}.short`));
      expect(text).toContain(amountText(t, r, p)!);
    }
    // for whom: the applicant as staff say it; no internal member numbers
    expect(text).toContain(`${rules['relation.applicant']}${amountText(t, r, withAmount[0])}`);
    expect(text).not.toMatch(/成员\d/);
    // what to bring, where to go, which number (12349 only as opened in some districts), and the rest counted
    expect(text).toContain(rules['result.apply.where']);
    expect(text).toContain(t('hotline:script.phone', { tel: CITY_HOTLINE.tel, draftTel: ASSISTANCE_HOTLINE.tel }));
    expect(text).toContain('部分区已开通');
    expect(text).toContain(rules['material.hukou-id']);
    const unlikely = PROGRAMS.filter((p) => r.programs[p].status === 'unlikely').length;
    expect(text).toContain(t('hotline:script.rest', { n: unlikely }));
    for (const p of PROGRAMS.filter((x) => r.programs[x].status === 'unlikely')) expect(text, 'the unlikely ones are counted, not listed').not.toContain(t(`rules:program.${p}.short`));

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations, 'with the script').toEqual([]);
  });

  test('the family of four: the script says the whole family\'s figure', async ({ page }) => {
    await open(page);
    await importFile(page, FAMILY);
    const ev = evaluate(FAMILY);
    if (isError(ev)) throw new Error('FAMILY is invalid');
    const amount = amountText(t, ev.result, 'dibao')!;
    await expect(page.locator('.hl-readback')).toContainText(t('hotline:script.wholeFamily', { n: 4 }) + amount);
  });

  test('需核实 N 项 is the number of items the panel shows as 待核实', async ({ page }) => {
    const shown = () => page.locator('.hl-panel-body .step-outcome', { hasText: rules['outcome.unknown'] }).count();
    for (const [name, h] of [['lone elder', ELDER], ['family of four', FAMILY]] as const) {
      await open(page); // a fresh page: the status line said nothing yet, so the first line read is this household's
      await page.evaluate(() => sessionStorage.clear());
      await importFile(page, h);
      const ev = evaluate(h);
      if (isError(ev)) throw new Error(`${name} is invalid`);
      // every answer of 不确定 that decides something is among them (contract §4.1)
      expect(ev.result.unknownAnswers.length, name).toBeGreaterThan(0);
      await expect(page.locator('.hl-panel-body .unknowns .step-unknown')).toHaveCount(ev.result.unknownAnswers.length);
      const n = await pendingSaid(page);
      expect(n, name).toBe(await shown());
      expect(n, name).toBeGreaterThan(0);
    }
  });
});
