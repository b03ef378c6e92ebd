// Exact money (contract §1): yuan with at most 2 decimals, never rounded before a comparison.
import Decimal from 'decimal.js';

export { Decimal };
export const ZERO = new Decimal(0);
export const MONEY_MAX = new Decimal(100000000);

const MONEY_TEXT = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/** Whether an input value is a valid contract amount (string or JSON number). */
export function isMoney(value: unknown): boolean {
  if (typeof value === 'string') return MONEY_TEXT.test(value) && new Decimal(value).lte(MONEY_MAX);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0 || value > 100000000) return false;
    return MONEY_TEXT.test(String(value));
  }
  return false;
}

/** A valid amount (see isMoney) as a Decimal; absent means 0. */
export function money(value: string | number | undefined | null): Decimal {
  return value === undefined || value === null ? ZERO : new Decimal(value);
}

/** Money in the result: half-up to 2 decimals ("1045.00"). */
export function formatMoney(d: Decimal): string {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Ratios in the result: half-up to 4 decimals ("0.6512"). */
export function formatRatio(d: Decimal): string {
  return d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
