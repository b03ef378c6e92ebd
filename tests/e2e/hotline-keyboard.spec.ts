// The hotline as staff meet it on the keyboard (issue 11, item 9): Tab from an opened 详情 goes
// into the details, 删除 asks before anyone is lost, the script to read aloud comes first in the
// panel, and the panel's 需核实 count is the number of items it shows as 待核实.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { WCAG_TAGS } from './helpers/page.ts';

const hotline = JSON.parse(readFileSync('src/i18n/zh-CN/hotline.json', 'utf8')) as Record<string, string>;
const rules = JSON.parse(readFileSync('src/i18n/zh-CN/rules.json', 'utf8')) as Record<string, string>;

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
    const dialog = page.getByRole('dialog', { name: hotline['remove.title'].replace('{{who}}', who) });
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
    await expect.poll(said).toContain(hotline['remove.kept'].replace('{{who}}', who));

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
    await expect.poll(said).toContain(hotline['members.removed'].replace('{{who}}', who));
  });
});
