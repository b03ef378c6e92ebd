// Tab through whole pages, as a keyboard-only user (hotline staff) does: every control is reached
// (WCAG 2.1.1), every one shows where the focus is (2.4.7) and is not hidden behind anything, such
// as the hotline's sticky panel (2.4.11), at 1280 px and at 320 px.
import { test, expect, type Page } from '@playwright/test';
import { openCheck, persona, walkPersona } from './helpers/check.ts';

interface Stop {
  /** what the control is, for the failure message: tag#id "text" */
  what: string;
  /** the control's index among the page's controls, or -1 */
  index: number;
  ring: boolean;
  covered: boolean;
}

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Marks every visible, enabled control of the page (data-kb) and describes each. */
async function markControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // inside a closed <details> only its summary shows (an unlikely programme's conditions, the staff's arithmetic)
      const folded = el.closest('details:not([open])') !== null && el.closest('summary') === null;
      const hidden = (r.width === 0 && r.height === 0) || style.visibility === 'hidden' || el.closest('[hidden], [inert]') !== null || folded;
      if (hidden || (el as HTMLButtonElement).disabled) continue;
      // radio groups take one Tab stop: only the checked one (or the first) is expected
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
        const stop = group.find((g) => g.checked) ?? group[0];
        if (stop !== el) continue;
      }
      el.dataset.kb = String(out.length);
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 30)}"`);
    }
    return out;
  }, CONTROLS);
}

/** Presses Tab until the focus comes back to where it started (or leaves the page) and records each stop. */
async function tabThrough(page: Page, max = 400): Promise<Stop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  let first = '';
  let outside = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // past the last control the focus leaves the page; one more Tab comes back to the first
      if (!el || el === document.body || el === document.documentElement) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none';
      // the first line box: a link that wraps has a bounding box that also covers its neighbours
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      // the centre of the control, clamped to the viewport: what is painted there?
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
      const visibleHere = r.bottom > 0 && r.top < innerHeight && top !== null && (el.contains(top) || top.contains(el) || (label !== null && label.contains(top)));
      return {
        key: `${el.tagName}#${el.id}|${el.dataset.kb ?? ''}|${Math.round(r.top + scrollY)}|${Math.round(r.left)}`,
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`,
        index: el.dataset.kb === undefined ? -1 : Number(el.dataset.kb),
        ring: outline || shadow,
        covered: !visibleHere,
        top: top ? `${top.tagName.toLowerCase()}.${top.className}` : 'nothing',
      };
    });
    if (!stop) {
      if (++outside > 2) break;
      continue;
    }
    if (stop.key === first) break;
    if (!first) first = stop.key;
    stops.push({ what: stop.covered ? `${stop.what} (under ${stop.top})` : stop.what, index: stop.index, ring: stop.ring, covered: stop.covered });
  }
  return stops;
}

async function expectKeyboardFriendly(page: Page, state: string) {
  const controls = await markControls(page);
  expect(controls.length, `${state}: controls found`).toBeGreaterThan(3);
  const stops = await tabThrough(page);
  const reached = new Set(stops.map((s) => s.index));
  const missed = controls.filter((_, i) => !reached.has(i));
  expect(missed, `${state}: controls Tab never reaches`).toEqual([]);
  expect(stops.filter((s) => !s.ring).map((s) => s.what), `${state}: focus without a visible ring`).toEqual([]);
  expect(stops.filter((s) => s.covered).map((s) => s.what), `${state}: focused control hidden behind something`).toEqual([]);
}

async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

for (const width of [1280, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 720 } });

    test('start and policy pages', async ({ page }) => {
      for (const path of ['/', '/policy/dibao/', '/en/policy/rigid/']) {
        await page.goto(path);
        await expectKeyboardFriendly(page, path);
      }
    });

    test('the questionnaire: a question, a money question, the result', async ({ page }) => {
      test.setTimeout(120_000);
      await openCheck(page);
      await expectKeyboardFriendly(page, '/check/ first question');
      const h = persona('dibao-uremia');
      await walkPersona(page, h, { stopAt: 'm0.monthlyIncome' });
      await expectKeyboardFriendly(page, '/check/ income');
      await walkPersona(page, h);
      await expectKeyboardFriendly(page, '/check/ result');
    });

    test('the hotline, empty and with a household of three (a disability, a pupil)', async ({ page }) => {
      await page.goto('/hotline/');
      await hydrated(page);
      await expectKeyboardFriendly(page, '/hotline/ empty');
      await page.setInputFiles('#hl-import', { name: 'h.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(persona('disability-family'))) });
      await expect(page.locator('.hl-panel')).toBeVisible();
      await expectKeyboardFriendly(page, '/hotline/ with a household');
    });
  });
}
