// Reading what a resident types into a money or number field. Pure functions (no DOM), so the
// rule tests can run them in Node (tests/rules/money-input.test.ts).
//
// Accepted: "3000", "3,000", "3000.5", "３０００", "３，０００．５", "3000元", "¥3000", " 3000 ",
// "3万" / "1.5万" (30000 / 15000). The result is a contract amount (contract §1): digits, at most
// two decimals, no leading zeros, at most 100000000.

export type MoneyError = 'empty' | 'invalid' | 'negative' | 'tooManyDecimals' | 'tooBig';
export type MoneyRead = { ok: true; value: string } | { ok: false; error: MoneyError };

export type CountError = 'empty' | 'invalid' | 'range';
export type CountRead = { ok: true; value: number } | { ok: false; error: CountError };

const MAX_INTEGER_DIGITS = 9; // 100000000 has 9 digits
const LIMIT = '100000000';

/** Full-width digits and punctuation (as typed with a Chinese keyboard) to ASCII; spaces removed. */
export function toHalfWidth(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (ch === '，') out += ',';
    else if (ch === '．') out += '.';
    else if (ch === '－') out += '-';
    else if (ch === '＋') out += '+';
    else if (ch === '￥') out += '¥';
    else if (ch === ' ' || ch === '\u3000' || ch === '\t' || ch === '\u00a0') continue;
    else out += ch;
  }
  return out;
}

/** "0012.50" → "12.5"; "" integer part → "0". Input: digits with at most one point. */
function canonical(intPart: string, fracPart: string): string {
  const int = intPart.replace(/^0+(?=\d)/, '') || '0';
  const frac = fracPart.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** Compare two canonical non-negative decimal strings without floating point. */
function greaterThan(a: string, b: string): boolean {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length > bi.length;
  if (ai !== bi) return ai > bi;
  const len = Math.max(af.length, bf.length);
  return af.padEnd(len, '0') > bf.padEnd(len, '0');
}

/** Multiply a plain decimal string by 10 000 (for "万") by moving the point. */
function timesTenThousand(int: string, frac: string): [string, string] {
  const padded = frac.padEnd(4, '0');
  return [int + padded.slice(0, 4), padded.slice(4)];
}

/** Read an amount of yuan typed by a resident. */
export function parseMoney(input: string): MoneyRead {
  let s = toHalfWidth(input);
  if (s === '') return { ok: false, error: 'empty' };
  s = s.replace(/^(¥|RMB|人民币)/i, '');
  s = s.replace(/(元整|元|块钱|块|RMB)$/i, '');
  let wan = false;
  if (s.endsWith('万')) {
    wan = true;
    s = s.slice(0, -1);
  }
  if (/^[-−]\s*\d/.test(s)) return { ok: false, error: 'negative' };
  s = s.replace(/^\+/, '');
  // grouping commas only in their usual places: 3,000 or 12,345,678.5
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) return { ok: false, error: 'invalid' };
    s = s.replace(/,/g, '');
  }
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) return { ok: false, error: 'invalid' };
  let [int, frac] = [m[1], m[2] ?? ''];
  if (wan) [int, frac] = timesTenThousand(int, frac);
  if (frac.replace(/0+$/, '').length > 2) return { ok: false, error: 'tooManyDecimals' };
  const value = canonical(int, frac);
  if (value.split('.')[0].length > MAX_INTEGER_DIGITS || greaterThan(value, LIMIT)) return { ok: false, error: 'tooBig' };
  return { ok: true, value };
}

/** Read a whole number (age, number of homes or cars); a unit after it ("岁", "套", "辆") is allowed. */
export function parseCount(input: string, min: number, max: number): CountRead {
  let s = toHalfWidth(input);
  if (s === '') return { ok: false, error: 'empty' };
  s = s.replace(/(周岁|岁|套|辆|个|人|years?|cars?|homes?)$/i, '');
  if (!/^\d{1,4}$/.test(s)) return { ok: false, error: 'invalid' };
  const value = Number(s);
  if (value < min || value > max) return { ok: false, error: 'range' };
  return { ok: true, value };
}

/** Read an area in m² (up to two decimals), e.g. "85", "85.5", "85平方米", "85㎡". */
export function parseArea(input: string, max: number): { ok: true; value: number } | { ok: false; error: 'empty' | 'invalid' | 'range' } {
  let s = toHalfWidth(input);
  if (s === '') return { ok: false, error: 'empty' };
  s = s.replace(/(平方米|平米|平|㎡|m²|m2)$/i, '');
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(s)) return { ok: false, error: 'invalid' };
  const value = Number(s);
  if (value > max) return { ok: false, error: 'range' };
  return { ok: true, value };
}

/** a > b for two amounts already read by parseMoney (canonical strings). */
export const greaterThanMoney = (a: string, b: string): boolean => greaterThan(a, b);
