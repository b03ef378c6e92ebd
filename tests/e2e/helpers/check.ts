// Helpers for the questionnaire specs: walk a persona (a household file) through /check/ by clicking
// and typing — or with the keyboard only — and compare the result shown with evaluate() in Node.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { evaluate, isError, PROGRAMS, type Evaluation, type HouseholdInput, type Program, type Result } from '../../../src/rules/index.ts';
import { DISABILITY_TYPES, ILLNESSES } from '../../../src/rules/catalog.ts';

export { WCAG_TAGS, recordRequests } from './page.ts';

export type Locale = 'zh-CN' | 'en';
export const CHECK_PATH: Record<Locale, string> = { 'zh-CN': '/check/', en: '/en/check/' };

const ROOT = new URL('../../../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')) as Record<string, string>;
/** The page's own words, read from the locale files (so a test fails if the page says something else). */
export const words = (locale: Locale) => ({ ...prefix('common:', json(`src/i18n/${locale}/common.json`)), ...prefix('rules:', json(`src/i18n/${locale}/rules.json`)), ...prefix('check:', json(`src/i18n/${locale}/check.json`)) });
function prefix(p: string, o: Record<string, string>) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [p + k, v]));
}

export function persona(name: string): HouseholdInput {
  return JSON.parse(readFileSync(new URL(`tests/e2e/personas/${name}.json`, ROOT), 'utf8')) as HouseholdInput;
}

export function expected(h: HouseholdInput): Evaluation {
  const e = evaluate(h);
  if (isError(e)) throw new Error(`persona is invalid: ${JSON.stringify(e.issues)}`);
  return e;
}

export async function openCheck(page: Page, locale: Locale = 'zh-CN') {
  await page.goto(CHECK_PATH[locale]);
  await hydrated(page);
}

export async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.check-main [data-step]')).toHaveCount(1);
}

export const stepId = (page: Page) => page.locator('.check-main [data-step]').getAttribute('data-step');

/** The same ids as src/components/check/ui.tsx fieldId. */
export const fieldId = (key: string, value?: string) => `f-${key.replace(/[^a-zA-Z0-9-]/g, '-')}${value === undefined ? '' : `-${value.replace(/[^a-zA-Z0-9-]/g, '-')}`}`;

export interface WalkOptions {
  keyboard?: boolean;
  /**
   * answer 不确定 where the persona holds the conservative value (grade 4, supporters able); the
   * questionnaire then writes null / "unknown" there (`asWritten`). A persona's own null grade,
   * null parents or "unknown" supporters are answered 不确定 always.
   */
  unsure?: boolean;
  /** type money in varied ways: "3,200", full-width digits, "3200元" */
  varyMoney?: boolean;
  /** called on every step before it is answered (axe, 320 px checks) */
  onStep?: (id: string) => Promise<void>;
  /** stop when this step shows, without answering it (default: run to the result) */
  stopAt?: string;
  /** counts the resident's taps (mouse walks): every click on a control or a button, and every box typed into (one tap to focus it) */
  taps?: { n: number };
}

let moneyTurn = 0;
function moneyText(value: string, vary: boolean): string {
  if (!vary) return value;
  const style = moneyTurn++ % 4;
  if (style === 1) return value.replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  if (style === 2) return [...value].map((c) => (/\d/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : c === '.' ? '．' : c)).join('');
  if (style === 3) return `${value}元`;
  return value;
}

type Answer = { kind: 'radio'; value: string } | { kind: 'checks'; values: string[] } | { kind: 'text'; value: string } | { kind: 'illness'; ids: string[] } | { kind: 'since'; date: string | null };

const yn = (b: unknown) => (b ? 'yes' : 'no');
const money = (v: string | number | undefined | null) => (v === undefined || v === null ? '0' : String(v));

/** What the persona answers to a step. */
function answerFor(h: HouseholdInput, id: string, opts: WalkOptions): { key: string; answer: Answer } {
  const mm = /^m(\d+)\.(.+)$/.exec(id);
  if (mm) {
    const m = h.members[Number(mm[1])];
    const step = mm[2];
    const types = [...(m.disabilities ?? [])].sort((a, b) => DISABILITY_TYPES.indexOf(a.type) - DISABILITY_TYPES.indexOf(b.type));
    if (step.startsWith('grade.')) {
      const d = types[Number(step.slice(6))];
      const value = d.grade === null || (opts.unsure && d.grade === 4) ? 'unsure' : String(d.grade);
      return { key: `grade.${d.type}`, answer: { kind: 'radio', value } };
    }
    switch (step) {
      case 'relation':
        return { key: step, answer: { kind: 'radio', value: m.relation } };
      case 'name':
        return { key: step, answer: { kind: 'text', value: m.name ?? '' } };
      case 'conditions': {
        const c = [...(m.disabilities?.length ? ['disabled'] : []), ...(m.illnesses?.length ? ['ill'] : [])];
        return { key: step, answer: { kind: 'checks', values: c.length ? c : ['none'] } };
      }
      case 'age':
        return { key: step, answer: { kind: 'text', value: String(m.age) } };
      case 'monthlyIncome':
        return { key: step, answer: { kind: 'text', value: moneyText(money(m.monthlyIncome), !!opts.varyMoney) } };
      case 'dtypes':
        return { key: step, answer: { kind: 'checks', values: types.map((d) => d.type) } };
      case 'illnesses':
        return { key: step, answer: { kind: 'illness', ids: m.illnesses ?? [] } };
      case 'student':
        return { key: step, answer: { kind: 'radio', value: m.student?.level ?? 'none' } };
      case 'fullTime':
        return { key: step, answer: { kind: 'radio', value: yn(m.student?.fullTime) } };
      case 'bothParentsUnavailable':
        return { key: step, answer: { kind: 'radio', value: m.bothParentsUnavailable === null ? 'unsure' : yn(m.bothParentsUnavailable) } };
      case 'supporters': {
        const s = m.supporters ?? 'able';
        return { key: step, answer: { kind: 'radio', value: s === 'unknown' || (opts.unsure && s === 'able') ? 'unsure' : s } };
      }
      case 'ruralCare':
        return { key: step, answer: { kind: 'radio', value: m.ruralCare ?? 'dispersed' } };
      case 'illnessDeductionSince':
        return { key: step, answer: { kind: 'since', date: m.illnessDeductionSince ?? null } };
    }
    throw new Error(`no answer for ${id}`);
  }
  const hh = h.household ?? {};
  const as = h.assets ?? {};
  const ex = h.rigidExpenses ?? {};
  const kinds = (['medical', 'education', 'rehabilitation', 'disasterAccident', 'other'] as const).filter((k) => Number(ex[k] ?? 0) > 0);
  const flags = Object.entries(h.conduct ?? {}).filter(([, v]) => v).map(([k]) => k);
  const m = (v: string | number | undefined | null) => ({ kind: 'text' as const, value: moneyText(money(v), !!opts.varyMoney) });
  switch (id) {
    case 'area':
      return { key: id, answer: { kind: 'radio', value: h.area ?? 'urban' } };
    case 'singleParent':
      return { key: id, answer: { kind: 'radio', value: hh.singleParent ?? 'none' } };
    case 'childless':
      return { key: id, answer: { kind: 'radio', value: yn(hh.childless) } };
    case 'pension': {
      const [a, b] = [h.members[0].hasPension, h.members[1].hasPension];
      return { key: id, answer: { kind: 'radio', value: a && b ? 'both' : a ? 'self' : b ? 'other' : 'neither' } };
    }
    case 'familyPlanningSupport':
      return { key: id, answer: { kind: 'radio', value: yn(hh.familyPlanningSupport) } };
    case 'currentCoverage':
      return { key: id, answer: { kind: 'radio', value: hh.currentCoverage ?? 'none' } };
    case 'applyingByProxy':
      return { key: id, answer: { kind: 'radio', value: yn(hh.applyingByProxy) } };
    case 'monetary':
      return { key: id, answer: m(as.monetary) };
    case 'monetaryFromSellingOnlyHomeForIllness':
      return { key: id, answer: m(as.monetaryFromSellingOnlyHomeForIllness) };
    case 'homes':
      return { key: id, answer: { kind: 'text', value: String(as.homes ?? 0) } };
    case 'homesTotalArea':
      return { key: id, answer: { kind: 'text', value: String(as.homesTotalArea ?? 0) } };
    case 'cars':
      return { key: id, answer: { kind: 'text', value: String(as.cars ?? 0) } };
    case 'carsTotalValue':
      return { key: id, answer: m(as.carsTotalValue) };
    case 'expKinds':
      return { key: id, answer: { kind: 'checks', values: kinds.length ? kinds : ['none'] } };
    case 'conduct':
      return { key: id, answer: { kind: 'checks', values: flags.length ? flags : ['none'] } };
  }
  if (id.startsWith('exp.')) return { key: id, answer: m(ex[id.slice(4) as 'medical']) };
  throw new Error(`no answer for ${id}`);
}

// --- keyboard-only driving -------------------------------------------------------------------

const activeMatches = (page: Page, selector: string) => page.evaluate((sel) => !!document.activeElement?.matches(sel), selector);

/** Tab (only the keyboard) until the focused element matches. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 120; i++) {
    if (await activeMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

async function keyRadio(page: Page, name: string, value: string) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 20; i++) {
    if (await activeMatches(page, `input[type=radio][value="${value}"]:checked`)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not choose ${name}=${value} with the arrow keys`);
}

async function keyCheck(page: Page, id: string) {
  await tabTo(page, `#${id}`);
  if (!(await activeMatches(page, `#${id}:checked`))) await page.keyboard.press('Space');
}

async function keyType(page: Page, id: string, text: string) {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

async function keySubmit(page: Page) {
  await tabTo(page, '.check-main button[type=submit], .check-main button.primary');
  await page.keyboard.press('Enter');
}

// --- one step --------------------------------------------------------------------------------

/** The add button of the members list for a relation (其他人 for the relations without their own). */
const ADD_BUTTON: Record<string, string> = { spouse: 'spouse', child: 'child', parent: 'parent' };

async function answerStep(page: Page, h: HouseholdInput, id: string, opts: WalkOptions) {
  const kb = !!opts.keyboard;
  const tap = () => {
    if (opts.taps) opts.taps.n++;
  };
  const press = async (selector: string) => {
    if (kb) {
      await tabTo(page, selector);
      await page.keyboard.press('Enter');
    } else {
      await page.locator(selector).click();
      tap();
    }
  };
  if (id === 'members') {
    // everyone not on the list yet, with the button of their relation, then 继续
    for (let rows = await page.locator('.member-row').count(); rows < h.members.length; rows++) {
      await press(`.members-hub button[data-relation="${ADD_BUTTON[h.members[rows].relation] ?? 'other'}"]`);
      await expect(page.locator('.member-row')).toHaveCount(rows + 1);
    }
    await press('.members-hub button[type=submit]');
    return;
  }
  if (id === 'check') {
    await press('.check-answers button.primary');
    return;
  }
  const click = async (target: string) => {
    await page.locator(`label[for="${target}"]`).click();
    tap();
  };
  const fill = async (fid: string, value: string) => {
    if (kb) await keyType(page, fid, value);
    else {
      await page.locator(`#${fid}`).fill(value);
      tap();
    }
  };
  // the question, then the boxes asked on its page (the name beside the age, homes and cars beside savings)
  // a box below the question is that step's question (id f-<key>), of the same member
  const member = /^m\d+\./.exec(id)?.[0] ?? '';
  const parts = await page.locator('.check-main form .part input').evaluateAll((els) => els.map((e) => e.id.slice(2)));
  for (let k = 0; k < parts.length; k++) parts[k] = member + parts[k];
  for (const stepOrPart of [id, ...parts]) {
    const { key, answer } = answerFor(h, stepOrPart, opts);
    switch (answer.kind) {
      case 'radio':
        if (kb) await keyRadio(page, key, answer.value);
        else await click(fieldId(key, answer.value));
        break;
      case 'checks':
        for (const v of answer.values) {
          if (kb) await keyCheck(page, fieldId(key, v));
          else await click(fieldId(key, v));
        }
        break;
      case 'text':
        // an empty optional box (no name) is left alone
        if (answer.value !== '' || (await page.locator(`#${fieldId(key)}`).inputValue()) !== '') await fill(fieldId(key), answer.value);
        break;
      case 'illness':
        for (const ill of answer.ids) {
          if (kb) {
            // search by part of the Chinese name, then tick it
            const zh = ILLNESSES[ill as keyof typeof ILLNESSES].zh;
            await keyType(page, 'illness-search', zh.slice(0, 2));
            await keyCheck(page, fieldId('illnesses', ill));
          } else await click(fieldId('illnesses', ill)); // the whole list shows until something is searched
        }
        break;
      case 'since':
        if (answer.date === null) {
          if (kb) await keyRadio(page, 'illnessDeductionSince', 'none');
          else await click(fieldId('illnessDeductionSince', 'none'));
        } else {
          const [year, month] = answer.date.split('-');
          if (kb) await keyRadio(page, 'illnessDeductionSince', 'date');
          else await click(fieldId('illnessDeductionSince', 'date'));
          await fill('since-year', year);
          await fill('since-month', String(Number(month)));
        }
        break;
    }
  }
  if (kb) await keySubmit(page);
  else {
    await page.locator('.check-main form button[type=submit]').click();
    tap();
  }
}

/** Answer every question the page asks, from the persona, until the result shows. Returns the step ids seen. */
export async function walkPersona(page: Page, h: HouseholdInput, opts: WalkOptions = {}): Promise<string[]> {
  moneyTurn = 0;
  const seen: string[] = [];
  for (let guard = 0; guard < 150; guard++) {
    const id = await stepId(page);
    if (id === null) throw new Error('no step on the page');
    if (id === 'result' || id === opts.stopAt) return seen;
    // after each move the new question's heading has focus: a keyboard user starts from there
    if (opts.keyboard && seen.length > 0) await expect(page.locator('.check-main h1')).toBeFocused();
    seen.push(id);
    if (opts.onStep) await opts.onStep(id);
    await answerStep(page, h, id, opts);
    await expect(page.locator('.check-main [data-step]')).not.toHaveAttribute('data-step', id);
  }
  throw new Error(`the walk did not end: ${seen.join(' → ')}`);
}

/**
 * The household the questionnaire wrote after a walk with `unsure`: where it answered 不确定 for
 * a grade 4 or able supporters (the steps `seen`), the file holds null / "unknown" (contract §4.1).
 */
export function asWritten(h: HouseholdInput, seen: string[]): HouseholdInput {
  const out = structuredClone(h);
  for (const id of seen) {
    const mm = /^m(\d+)\.(grade\.(\d+)|supporters)$/.exec(id);
    if (!mm) continue;
    const m = out.members[Number(mm[1])];
    if (mm[3] === undefined) {
      if ((m.supporters ?? 'able') === 'able') m.supporters = 'unknown';
      continue;
    }
    const d = [...(m.disabilities ?? [])].sort((a, b) => DISABILITY_TYPES.indexOf(a.type) - DISABILITY_TYPES.indexOf(b.type))[Number(mm[3])];
    if (d.grade === 4) d.grade = null;
  }
  return out;
}

/**
 * The monthly amount the result must show for a programme, as the page writes it ("935", "239.50"):
 * the amount, else its most favourable value (an answer of 不确定, contract §4.1); 特困 and 单人保 add
 * up their members'. Reference amounts (孤儿, the disability allowances) are not monthly amounts.
 */
export function expectedAmount(r: Result, p: Program): string | null {
  const yuan = (s: string) => s.replace(/\.00$/, '');
  const sum = (members: { monthlyAmount: string }[]) => yuan((members.reduce((t, m) => t + Math.round(Number(m.monthlyAmount) * 100), 0) / 100).toFixed(2));
  if (p === 'dibao') return r.programs.dibao.monthlyAmount ? yuan(r.programs.dibao.monthlyAmount) : r.programs.dibao.monthlyAmountMax ? yuan(r.programs.dibao.monthlyAmountMax) : null;
  if (p === 'edge') return r.programs.edge.monthlyAmount ? yuan(r.programs.edge.monthlyAmount) : r.programs.edge.monthlyAmountMax ? yuan(r.programs.edge.monthlyAmountMax) : null;
  if (p === 'tekun' && r.programs.tekun.members.length) return sum(r.programs.tekun.members);
  if (p === 'singlePersonDibao' && r.programs.singlePersonDibao.members.length) return sum(r.programs.singlePersonDibao.members);
  return null;
}

/** Every programme's standing (class and words) and amount on the page equal the engine's. */
export async function expectResult(page: Page, e: Evaluation, locale: Locale) {
  const w = words(locale);
  const r = e.result;
  await expect(page.locator('.check-main [data-step="result"]')).toBeVisible();
  for (const p of PROGRAMS) {
    const section = page.locator(`section.program:has(#program-${p})`);
    const status = r.programs[p].status;
    await expect(section, `${p} standing`).toHaveClass(new RegExp(`\\bstatus-${status}\\b`));
    await expect(section.locator('.standing strong'), `${p} standing in words`).toHaveText(w[`rules:status.${status}`]);
    const amount = expectedAmount(r, p);
    if (amount === null) await expect(section.locator('.amount'), `${p} has no amount`).toHaveCount(0);
    else {
      const text = (await section.locator('.amount').textContent()) ?? '';
      expect(text, `${p} amount`).toMatch(new RegExp(`(^|[^\\d.])${amount.replace('.', '\\.')}([^\\d.]|$)`));
    }
  }
  // the engine's required papers, 户口簿和身份证 (listed once for the family) in a box per person
  const boxes = await page.locator('.checklist li.material strong').allTextContents();
  const hukou = boxes.filter((b) => b === w['rules:material.hukou-id']).length;
  expect(boxes.length - hukou, 'materials').toBe(r.materials.filter((m) => m.id !== 'hukou-id').length);
  expect(hukou > 0, '户口簿和身份证').toBe(r.materials.some((m) => m.id === 'hukou-id'));
}

/** Reads the answers kept in sessionStorage and localStorage (for "nothing leaks" checks). */
export const storage = (page: Page) =>
  page.evaluate(() => ({
    local: Object.keys(localStorage).length,
    session: Object.keys(sessionStorage),
    sessionText: Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k) ?? '').join('\n'),
  }));
