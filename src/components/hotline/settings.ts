// Device settings: the statistical figures the rules cite but no text we carry states
// (contract §4.5). They hold no caller data, so they live in localStorage and survive 新来电.
import { isMoney } from '../../rules/money.ts';
import type { Assumptions } from './model.ts';

export const SETTINGS_KEY = 'jzc-hotline-settings';

export type FigureId = 'priorYearCityDisposableIncome' | 'priorYearCityHousingAreaPerCapita';
export const FIGURES: readonly FigureId[] = ['priorYearCityDisposableIncome', 'priorYearCityHousingAreaPerCapita'];

export interface Figure {
  /** as the engine takes it: money text for the income, a number of m² for the area */
  value: string;
  /** YYYY-MM-DD, the day staff entered it on this device */
  entered: string;
}

export type Settings = Partial<Record<FigureId, Figure>>;

const AREA = /^\d{1,5}(\.\d{1,2})?$/;

/** Whether a typed value is acceptable for the figure (the engine's own limits). */
export function validFigure(id: FigureId, value: string): boolean {
  if (id === 'priorYearCityDisposableIncome') return isMoney(value) && Number(value) > 0;
  return AREA.test(value) && Number(value) > 0 && Number(value) <= 10000;
}

export function loadSettings(): Settings {
  try {
    const raw = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    const out: Settings = {};
    for (const id of FIGURES) {
      const f = raw[id] as Partial<Figure> | undefined;
      if (f && typeof f.value === 'string' && typeof f.entered === 'string' && validFigure(id, f.value)) out[id] = { value: f.value, entered: f.entered };
    }
    return out;
  } catch {
    return {};
  }
}

export function saveSettings(s: Settings): void {
  try {
    if (Object.keys(s).length === 0) localStorage.removeItem(SETTINGS_KEY);
    else localStorage.setItem(SETTINGS_KEY, JSON.stringify(s));
  } catch {
    // storage may be disabled; the figures then hold for this page only
  }
}

export function assumptionsOf(s: Settings): Assumptions {
  return {
    priorYearCityDisposableIncome: s.priorYearCityDisposableIncome?.value ?? null,
    priorYearCityHousingAreaPerCapita: s.priorYearCityHousingAreaPerCapita ? Number(s.priorYearCityHousingAreaPerCapita.value) : null,
  };
}
