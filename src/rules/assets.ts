// Assets. 刚性支出 applies 津民规〔2025〕5号 第五条(四) as conditions over the family unit (§4.8);
// 低保, 边缘, 特困 and 单人保 screen against limits reported by secondary sources, over all members,
// because their own rules are not in our texts (§4.4): beyond a limit is review, never unlikely.
import type { Context } from './context.ts';
import { Decimal, ZERO, formatMoney, money } from './money.ts';
import { cite, combine, step } from './steps.ts';
import type { Hint, Outcome, Step } from './types.ts';

interface Limits {
  monetaryMonths: number;
  maxHomes: number;
  maxHomesWithAreaTest: number;
  maxCars: number;
  /** cars must be worth less than this (null: any car over maxCars is the only test) */
  carValueLimit: string | null;
}

/** The three parts, over `members` people: money per head, homes, cars. A breach is `breach`. */
function parts(ctx: Context, members: number, limits: Limits, breach: Outcome, citations: { monetary: Step['citation']; homes: Step['citation']; cars: Step['citation'] }): Step[] {
  const { h, S } = ctx;
  const counted = money(h.assets.monetary).minus(money(h.assets.monetaryFromSellingOnlyHomeForIllness));
  const perCapita = members ? counted.div(members) : ZERO;
  const limit = S.times(limits.monetaryMonths);
  const monetary = step('monetary-assets', perCapita.lte(limit) ? 'met' : breach, citations.monetary, {
    countedMonetary: formatMoney(counted),
    perCapita: formatMoney(perCapita),
    limitPerCapita: formatMoney(limit),
    over: formatMoney(Decimal.max(0, counted.minus(limit.times(members)))),
  });

  const figure = h.assumptions.priorYearCityHousingAreaPerCapita;
  const area = members ? new Decimal(h.assets.homesTotalArea).div(members) : ZERO;
  let homesOutcome: Outcome;
  if (h.assets.homes <= limits.maxHomes) homesOutcome = 'met';
  else if (h.assets.homes > limits.maxHomesWithAreaTest) homesOutcome = breach;
  else if (figure === null) homesOutcome = 'unknown';
  else homesOutcome = area.lte(figure) ? 'met' : breach;
  const homes = step(
    'homes',
    homesOutcome,
    citations.homes,
    { homes: String(h.assets.homes), areaPerCapita: area.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), cityAreaPerCapita: figure === null ? null : String(figure) },
    homesOutcome === 'unknown' && figure === null ? { missing: ['priorYearCityHousingAreaPerCapita'] } : {},
  );

  const value = money(h.assets.carsTotalValue);
  const carsOk = h.assets.cars <= limits.maxCars && (limits.carValueLimit === null || h.assets.cars === 0 || value.lt(money(limits.carValueLimit)));
  const cars = step('cars', carsOk ? 'met' : breach, citations.cars, {
    cars: String(h.assets.cars),
    value: formatMoney(value),
    maxCars: String(limits.maxCars),
    limit: limits.carValueLimit === null ? null : formatMoney(money(limits.carValueLimit)),
  });
  return [monetary, homes, cars];
}

/** 5号 第五条(四), over F: each part a condition (§4.8). */
export function rigidAssets(ctx: Context): Step[] {
  const r = ctx.params.rigid;
  return parts(
    ctx,
    ctx.F.N,
    { monetaryMonths: r.monetaryMonths.value, maxHomes: r.maxHomes.value, maxHomesWithAreaTest: r.maxHomesWithAreaTest.value, maxCars: r.maxCars.value, carValueLimit: r.carValueLimit.value },
    'not-met',
    { monetary: cite(r.monetaryMonths), homes: cite(r.maxHomes), cars: cite(r.maxCars) },
  );
}

const screens = new WeakMap<Context, Partial<Record<'dibao' | 'edge', Step>>>();

/** The screen of §4.4 as one step: 24 months and no car (低保, 特困, 单人保) or 36 months and one car (边缘); computed once per context. */
export function assetScreen(ctx: Context, limit: 'dibao' | 'edge'): Step {
  let cache = screens.get(ctx);
  if (!cache) screens.set(ctx, (cache = {}));
  return (cache[limit] ??= computeScreen(ctx, limit));
}

function computeScreen(ctx: Context, limit: 'dibao' | 'edge'): Step {
  const a = ctx.params.assetScreen;
  const months = limit === 'edge' ? a.edgeMonetaryMonths : a.dibaoMonetaryMonths;
  const checks = parts(
    ctx,
    ctx.h.members.length,
    {
      monetaryMonths: months.value,
      maxHomes: a.maxHomes.value,
      maxHomesWithAreaTest: a.maxHomesWithAreaTest.value,
      maxCars: limit === 'edge' ? a.edgeMaxCars.value : a.dibaoMaxCars.value,
      carValueLimit: limit === 'edge' ? a.edgeCarValueLimit.value : null,
    },
    'unknown',
    { monetary: cite(months), homes: cite(a.maxHomes), cars: cite(a.dibaoMaxCars) },
  );
  const missing = checks.flatMap((s) => s.missing ?? []);
  return step(
    'asset-screen',
    combine(checks.map((s) => s.outcome)),
    cite(months),
    {
      ...Object.fromEntries(checks.map((s) => [s.code, s.outcome])),
      limitPerCapita: checks[0].figures.limitPerCapita,
      over: checks[0].outcome === 'met' ? null : checks[0].figures.over,
      maxCars: String(limit === 'edge' ? a.edgeMaxCars.value : a.dibaoMaxCars.value),
    },
    { kind: 'screen', ...(missing.length ? { missing } : {}) },
  );
}

/** The screen's step and outcomes, for the programmes that report it. */
export const ASSET_SCREEN_STEPS = { 'asset-screen': ['met', 'unknown'] } as const;

/** The hints screenHints can give. */
export const SCREEN_HINTS = ['monetary-over', 'homes-over', 'cars-over', 'missing-figure'] as const;

/** What the asset screen would need: the amount over the limit, or the figure to enter. */
export function screenHints(screen: Step): Hint[] {
  const f = screen.figures;
  const hints: Hint[] = [];
  if (f['monetary-assets'] !== 'met') hints.push({ code: 'monetary-over', amount: f.over ?? undefined, line: f.limitPerCapita ?? undefined });
  if (f.homes !== 'met' && !screen.missing) hints.push({ code: 'homes-over' });
  if (f.cars !== 'met') hints.push({ code: 'cars-over' });
  for (const missing of screen.missing ?? []) hints.push({ code: 'missing-figure', missing });
  return hints;
}
