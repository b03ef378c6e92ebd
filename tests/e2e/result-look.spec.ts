// The result view looks the same wherever it is shown: each status's badge (icon ring, words) and
// card border have the same computed colours in the questionnaire's result (also in 长辈模式) and
// in the hotline's panel, the three statuses are told apart, and each colour meets WCAG 2.2 AA on
// the background it is drawn on.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openCheck, words } from './helpers/check.ts';

const STATUSES = ['likely', 'review', 'unlikely'] as const;
type Status = (typeof STATUSES)[number];
interface Look {
  icon: string;
  ring: string;
  words: string;
  border: string;
  /** the first opaque background behind the badge */
  background: string;
}

// its programmes are 需进一步核实, 可能不符合 and 可能符合: every status at once
const FILE = { name: 'household.json', mimeType: 'application/json', buffer: readFileSync('tests/e2e/personas/dibao-uremia.json') };

async function looks(page: Page, root: string): Promise<Record<Status, Look>> {
  const out = {} as Record<Status, Look>;
  for (const s of STATUSES) {
    const card = page.locator(`${root} .program.status-${s}`).first();
    await expect(card, `a ${s} programme in ${root}`).toBeVisible();
    out[s] = await card.evaluate((el) => {
      const icon = getComputedStyle(el.querySelector('.standing .status-icon')!);
      const strong = el.querySelector('.standing strong')!;
      let bg = 'rgba(0, 0, 0, 0)';
      for (let e: Element | null = strong; e && /rgba\(.*, 0\)$|transparent/.test(bg); e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
      return { icon: icon.color, ring: icon.borderTopColor, words: getComputedStyle(strong).color, border: getComputedStyle(el).borderLeftColor, background: bg };
    });
  }
  return out;
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test('each status has the same badge and card colours in the questionnaire, in 长辈模式 and in the hotline', async ({ page }) => {
  await openCheck(page);
  await page.locator('#import-file').setInputFiles(FILE);
  await page.locator('.check-answers button.primary').click();
  const check = await looks(page, '.result-page');

  await page.getByRole('button', { name: words('zh-CN')['common:elder.toggle'] }).click();
  await expect(page.locator('html')).toHaveClass(/elder/);
  const elder = await looks(page, '.result-page');

  await page.goto('/hotline/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.locator('#hl-import').setInputFiles(FILE);
  const hotline = await looks(page, '.hl-panel');

  for (const s of STATUSES) {
    const { icon, ring, words: text, border, background } = check[s];
    // one colour per status: the icon, its ring, the words and the card's border
    expect(new Set([icon, ring, text, border]).size, s).toBe(1);
    expect(elder[s], `${s} in 长辈模式`).toEqual(check[s]);
    expect({ ...hotline[s], background: '' }, `${s} in the hotline`).toEqual({ ...check[s], background: '' });
    // WCAG 2.2 AA: 4.5:1 for the words (1.4.3), hence more than the 3:1 of the ring and border (1.4.11)
    for (const bg of [background, hotline[s].background]) expect(contrast(text, bg), `${s}: ${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  }
  expect(new Set(STATUSES.map((s) => check[s].words)).size, 'three statuses, three colours').toBe(3);
});
