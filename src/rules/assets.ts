// The asset limits of 津民规〔2025〕5号 第五条(四). 刚性支出 applies them as conditions; 低保,
// 边缘 and 特困 use them as a screen, because their own limits are not in our texts (contract §4.2).
import type { Context } from './context.ts';
import { DOC } from './docs.ts';
import { Decimal, formatMoney, money } from './money.ts';
import { cite, combine, step } from './steps.ts';
import type { Hint, Outcome, Step } from './types.ts';

export interface AssetChecks {
  monetary: Step;
  homes: Step;
  cars: Step;
}

export function assetChecks(ctx: Context): AssetChecks {
  const { h, N, S, params } = ctx;
  const r = params.rigid;
  const countedMonetary = money(h.assets.monetary).minus(money(h.assets.monetaryFromSellingOnlyHomeForIllness));
  const perCapita = countedMonetary.div(N);
  const limit = S.times(r.monetaryMonths.value);
  const monetary = step('monetary-assets', perCapita.lte(limit) ? 'met' : 'not-met', cite(r.monetaryMonths), {
    countedMonetary: formatMoney(countedMonetary),
    perCapita: formatMoney(perCapita),
    limitPerCapita: formatMoney(limit),
    over: formatMoney(Decimal.max(0, countedMonetary.minus(limit.times(N)))),
  });

  const figure = h.assumptions.priorYearCityHousingAreaPerCapita;
  const area = new Decimal(h.assets.homesTotalArea).div(N);
  let homesOutcome: Outcome;
  if (h.assets.homes <= r.maxHomes.value) homesOutcome = 'met';
  else if (h.assets.homes > r.maxHomesWithAreaTest.value) homesOutcome = 'not-met';
  else if (figure === null) homesOutcome = 'unknown';
  else homesOutcome = area.lte(figure) ? 'met' : 'not-met';
  const homes = step(
    'homes',
    homesOutcome,
    cite(r.maxHomes),
    { homes: String(h.assets.homes), areaPerCapita: area.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), cityAreaPerCapita: figure === null ? null : String(figure) },
    homesOutcome === 'unknown' ? { missing: ['priorYearCityHousingAreaPerCapita'] } : {},
  );

  const carValue = money(h.assets.carsTotalValue);
  const carLimit = money(r.carValueLimit.value);
  const cars = step('cars', h.assets.cars <= r.maxCars.value && carValue.lt(carLimit) ? 'met' : 'not-met', cite(r.maxCars), {
    cars: String(h.assets.cars),
    value: formatMoney(carValue),
    limit: formatMoney(carLimit),
  });
  return { monetary, homes, cars };
}

/** One screen step for 低保, 边缘 and 特困: exceeded or uncheckable → review (contract §4.2). */
export function assetScreen(checks: AssetChecks): Step {
  const parts = [checks.monetary, checks.homes, checks.cars];
  const missing = parts.flatMap((s) => s.missing ?? []);
  return step(
    'asset-screen',
    combine(parts.map((s) => s.outcome)),
    { doc: DOC.dibaoAssets, article: '财产条件' },
    Object.fromEntries(parts.map((s) => [s.code, s.outcome])),
    { kind: 'screen', ...(missing.length ? { missing } : {}) },
  );
}

/** The screen's step and outcomes, for the programmes that report it. */
export const ASSET_SCREEN_STEPS = { 'asset-screen': ['met', 'not-met', 'unknown'] } as const;

/** The hints screenHints can give. */
export const SCREEN_HINTS = ['monetary-over', 'homes-over', 'cars-over', 'missing-figure'] as const;

/** What the asset screen would need: the amount over the limit, or the figure to enter. */
export function screenHints(assets: AssetChecks): Hint[] {
  const hints: Hint[] = [];
  if (assets.monetary.outcome === 'not-met') hints.push({ code: 'monetary-over', amount: assets.monetary.figures.over ?? undefined, line: assets.monetary.figures.limitPerCapita ?? undefined });
  if (assets.homes.outcome === 'not-met') hints.push({ code: 'homes-over' });
  if (assets.cars.outcome === 'not-met') hints.push({ code: 'cars-over', line: assets.cars.figures.limit ?? undefined });
  for (const missing of assets.homes.missing ?? []) hints.push({ code: 'missing-figure', missing });
  return hints;
}
