// Exact money (contract §1): yuan with at most 2 decimals, never rounded before a comparison.
import Decimal from 'decimal.js';

export { Decimal };
export const ZERO = new Decimal(0);
const MONEY_MAX = 100000000;

const MONEY_TEXT = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/** Whether an input value is a valid contract amount (string or JSON number). */
export function isMoney(value: unknown): boolean {
  // Below 2^53 a double tells 100000000.00 from 100000000.01, so the bound needs no Decimal.
  if (typeof value === 'string') return MONEY_TEXT.test(value) && Number(value) <= MONEY_MAX;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 && value <= MONEY_MAX && MONEY_TEXT.test(String(value));
  return false;
}

// Decimals are immutable, so the same text can share one: parameters and common amounts are
// parsed once instead of once per household (the benchmark's hot spot).
const parsed = new Map<string | number, Decimal>();

/** A valid amount (see isMoney) or a parameter's value as a Decimal; absent means 0. */
export function money(value: string | number | undefined | null): Decimal {
  if (value === undefined || value === null) return ZERO;
  let d = parsed.get(value);
  if (!d) {
    if (parsed.size > 5000) parsed.clear();
    d = new Decimal(value);
    parsed.set(value, d);
  }
  return d;
}

/** Money in the result: half-up to 2 decimals ("980.50"). */
export function formatMoney(d: Decimal): string {
  return d.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** Ratios in the result: half-up to 4 decimals ("0.6512"). */
export function formatRatio(d: Decimal): string {
  return d.toFixed(4, Decimal.ROUND_HALF_UP);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
