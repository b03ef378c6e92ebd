// The caseload spreadsheet's columns: one row per member, the household's facts on the
// applicant's row, a family column to tie the rows of a family together. The columns are the
// facts catalogue's (src/rules/facts.ts), each read from a cell into the household file's value
// (contract §2) and written back into a cell (the template, the bench). Their words (column
// names, values) are the locale files' `caseload:csv.*` keys, every locale's accepted at once
// (a Chinese page reads the English template too); a key may list alternatives separated by
// "/", the first is the one written. Pure: no DOM, so the worker, the page and the tests share it.
import { DISABILITY_TYPES, HIGHER_EDUCATION, ILLNESS_IDS, ILLNESSES, RELATIONS, STUDENT_LEVELS, type StudentLevel } from '../../rules/catalog.ts';
import { isDate } from '../../rules/dates.ts';
import { FILE_FACTS, GROUP_FACTS, GROUPS, MEMBER_FACTS, type Fact } from '../../rules/facts.ts';
import { isMoney } from '../../rules/money.ts';

/**
 * The words of every locale, the page's first (it words the template and the problems): its
 * `caseload:csv.*` keys without their namespace, and the rules' names of relations, school
 * levels, disabilities and illnesses (`relation.*`, `level.*`, `disability.*`, `illness.*`).
 */
export type Words = readonly Record<string, string>[];

/** What a cell says: nothing (the fact's default), a value, or a problem (a `csv.problem.*` key's name and its values). */
export type Cell = { value?: unknown } | { problem: string; vars: Record<string, string> };

type Where = 'family' | 'member' | 'household';
export interface Column {
  /** the contract's path inside a member or the file: `age`, `student.level`, `assets.monetary`; `family` ties rows together */
  id: string;
  /** `member`: one per row; `household`: the applicant's row speaks for the family */
  where: Where;
  required?: boolean;
  read(cell: string, v: Vocabulary): Cell;
  write(value: unknown, v: Vocabulary): string;
  /** the template's words after the column name: what to write, and what an empty cell means */
  hint(v: Vocabulary): string;
}

/** Cells are compared in NFKC (full-width digits and brackets are the usual ones), case and spaces aside. */
const normal = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');

/** A fact's words: the page locale's first alternative, and every alternative of every locale. */
export interface Vocabulary {
  /** the first alternative of `key` in the page's locale */
  first(key: string): string;
  /** every alternative of `key` in every locale, in their `normal` form */
  all(key: string): string[];
}

export function vocabulary(words: Words): Vocabulary {
  return {
    first: (key) => (words[0][key] ?? key).split('/')[0].trim(),
    all: (key) => [...new Set(words.flatMap((w) => (w[key] ?? '').split('/')).map(normal).filter(Boolean))],
  };
}

/** value ⇄ words: the values of a choice, each with its words; `values` written as the ids too. */
function chooser(values: readonly string[], key: (value: string) => string | string[]) {
  const keys = (value: string) => [key(value)].flat();
  const table = new WeakMap<Vocabulary, Map<string, string>>();
  const lookup = (v: Vocabulary) => {
    let map = table.get(v);
    if (!map) {
      map = new Map();
      for (const value of values) for (const word of [normal(value), ...keys(value).flatMap((k) => v.all(k))]) if (!map.has(word)) map.set(word, value);
      table.set(v, map);
    }
    return map;
  };
  return {
    read: (cell: string, v: Vocabulary) => lookup(v).get(normal(cell)),
    write: (value: string, v: Vocabulary) => v.first(keys(value)[0]),
    list: (v: Vocabulary) => values.map((value) => v.first(keys(value)[0])).join('/'),
    /** every word of every value, longest first (to find one at the start of a cell) */
    words: (v: Vocabulary) => [...lookup(v)].sort((a, b) => b[0].length - a[0].length),
  };
}

const unknownValue = (cell: string, allowed: string): Cell => ({ problem: 'value', vars: { value: cell, allowed } });
const hintWith = (v: Vocabulary, what: string, fact: Fact | undefined, written: string | null) =>
  fact && 'default' in fact && written ? fill(v.first('csv.hint.default'), { what, default: written }) : what;

/** yes / no / 不确定 (when the fact has a value for it), for every flag of the catalogue. */
function flagColumn(id: string, where: Where, fact: Fact): Column {
  const answers = chooser(['true', 'false', ...('unsure' in fact ? ['unsure'] : [])], (a) => `csv.value.${a === 'true' ? 'yes' : a === 'false' ? 'no' : 'unsure'}`);
  const toValue = (a: string) => (a === 'true' ? true : a === 'false' ? false : fact.unsure);
  const toAnswer = (value: unknown) => (value === true ? 'true' : value === false ? 'false' : 'unsure');
  return {
    id,
    where,
    read: (cell, v) => {
      const a = answers.read(cell, v);
      return a === undefined ? unknownValue(cell, answers.list(v)) : { value: toValue(a) };
    },
    write: (value, v) => answers.write(toAnswer(value), v),
    hint: (v) => hintWith(v, answers.list(v), fact, answers.write(toAnswer(fact.default), v)),
  };
}

/** One of the fact's values (its words are `csv.value.<fact>.<value>`), or 不确定 when the fact has an unsure value. */
function choiceColumn(id: string, where: Where, name: string, fact: Fact & { values: readonly string[] }): Column {
  const values = fact.values.filter((x) => x !== fact.unsure);
  const choice = chooser([...values, ...('unsure' in fact ? [String(fact.unsure)] : [])], (x) => (x === fact.unsure ? 'csv.value.unsure' : `csv.value.${name}.${x}`));
  return {
    id,
    where,
    read: (cell, v) => {
      const x = choice.read(cell, v);
      return x === undefined ? unknownValue(cell, choice.list(v)) : { value: x };
    },
    write: (value, v) => choice.write(String(value), v),
    hint: (v) => hintWith(v, choice.list(v), fact, fact.default === undefined ? null : choice.write(String(fact.default), v)),
  };
}

/** Money as Excel writes it: "1,045.50", "1045元", "¥980" are read as the contract's "1045.50", "1045", "980". */
const moneyText = (cell: string) => {
  const s = cell.normalize('NFKC').replace(/[\s元¥￥]/g, '');
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replaceAll(',', '') : s;
};
/** Dates as Excel writes them in China: 2026/3/1, 2026-03-01, 2026年3月1日, 2026.3.1. */
const dateText = (cell: string) => {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.normalize('NFKC').trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : cell;
};
const WHOLE = /^\d{1,9}$/;
const NUMBER = /^\d{1,9}(\.\d+)?$/;

/** Amounts, counts, areas, dates and text: the catalogue's other kinds. */
function plainColumn(id: string, where: Where, fact: Fact): Column {
  const read = (cell: string): Cell => {
    const s = cell.normalize('NFKC').trim();
    switch (fact.kind) {
      case 'money':
        return isMoney(moneyText(s)) ? { value: moneyText(s) } : { problem: 'money', vars: { value: cell } };
      case 'count':
        return WHOLE.test(s) ? { value: Number(s) } : { problem: 'count', vars: { value: cell } };
      case 'area':
        return NUMBER.test(s) ? { value: Number(s) } : { problem: 'number', vars: { value: cell } };
      case 'date':
        return isDate(dateText(s)) ? { value: dateText(s) } : { problem: 'date', vars: { value: cell } };
      default:
        return { value: cell.trim() };
    }
  };
  return {
    id,
    where,
    read: (cell) => read(cell),
    write: (value) => (value === null || value === undefined ? '' : String(value)),
    hint: (v) => hintWith(v, v.first(`csv.hint.${fact.kind}`), fact, fact.default === null ? null : String(fact.default)),
  };
}

function factColumn(id: string, where: Where, name: string, fact: Fact): Column {
  if (fact.kind === 'flag') return flagColumn(id, where, fact);
  if (fact.kind === 'choice') return choiceColumn(id, where, name, fact as Fact & { values: readonly string[] });
  return plainColumn(id, where, fact);
}

const relations = chooser(RELATIONS, (r) => [`csv.value.relation.${r}`, `relation.${r}`]);
const levels = chooser(STUDENT_LEVELS, (l) => [`csv.value.level.${l}`, `level.${l}`]);
const types = chooser(DISABILITY_TYPES, (d) => [`csv.value.disability.${d}`, `disability.${d}`]);
/** an illness by its id, its names in the rules' words, the catalogue's name, and a name's part before or inside brackets */
const illnesses = chooser(ILLNESS_IDS, (i) => [`illness.${i}`]);
const illnessByName = (cell: string, v: Vocabulary) => {
  const s = normal(cell);
  const byPart = (name: string) => [name, ...name.split(/[()]/).map((p) => p.trim())].includes(s);
  return illnesses.read(cell, v) ?? ILLNESS_IDS.find((i) => byPart(normal(ILLNESSES[i].zh)) || v.all(`illness.${i}`).some(byPart));
};
/** list items: separated by 、 , ; (full- or half-width), never by spaces (English names have them) */
const items = (cell: string) => cell.normalize('NFKC').split(/[、,;]/).map((s) => s.trim()).filter(Boolean);
const GRADES: Record<string, number> = { 1: 1, 2: 2, 3: 3, 4: 4, 一: 1, 二: 2, 三: 3, 四: 4 };

/** "肢体2级", "视力等级不确定", "physical 2", "mental grade unsure": a type's word, then its grade or 不确定. */
function readDisability(item: string, v: Vocabulary): { type: string; grade: number | null } | null {
  const s = normal(item);
  const found = types.words(v).find(([word]) => s.startsWith(word));
  if (!found) return null;
  const rest = s.slice(found[0].length).replace(/^[\s:：-]*(等级|grade)?\s*/, '').trim();
  if (v.all('csv.value.unsure').includes(rest) || rest === '?') return { type: found[1], grade: null };
  const m = /^([1-4一二三四])\s*(级|grade)?$/.exec(rest);
  return m ? { type: found[1], grade: GRADES[m[1]] } : null;
}

const memberRecordColumns: Column[] = [
  {
    id: 'relation',
    where: 'member',
    required: true,
    read: (cell, v) => {
      const r = relations.read(cell, v);
      return r === undefined ? unknownValue(cell, relations.list(v)) : { value: r };
    },
    write: (value, v) => relations.write(String(value), v),
    hint: (v) => relations.list(v),
  },
  {
    id: 'age',
    where: 'member',
    required: true,
    read: (cell) => (WHOLE.test(cell.normalize('NFKC').trim().replace(/岁$/, '')) ? { value: Number(cell.normalize('NFKC').trim().replace(/岁$/, '')) } : { problem: 'count', vars: { value: cell } }),
    write: (value) => String(value),
    hint: (v) => v.first('csv.hint.age'),
  },
  {
    id: 'disabilities',
    where: 'member',
    read: (cell, v) => {
      const out = items(cell).map((item) => readDisability(item, v));
      const bad = items(cell).find((_, i) => out[i] === null);
      return bad === undefined ? { value: out } : { problem: 'disability', vars: { value: bad } };
    },
    write: (value, v) =>
      (value as { type: string; grade: number | null }[])
        .map((d) => fill(v.first(d.grade === null ? 'csv.disability.unsure' : 'csv.disability.grade'), { type: types.write(d.type, v), grade: String(d.grade) }))
        .join(v.first('csv.list')),
    hint: (v) => v.first('csv.hint.disabilities'),
  },
  {
    id: 'illnesses',
    where: 'member',
    read: (cell, v) => {
      const out = items(cell).map((item) => illnessByName(item, v));
      const bad = items(cell).find((_, i) => out[i] === undefined);
      return bad === undefined ? { value: out } : { problem: 'illness', vars: { value: bad } };
    },
    write: (value, v) => (value as string[]).map((i) => v.first(`illness.${i}`)).join(v.first('csv.list')),
    hint: (v) => v.first('csv.hint.illnesses'),
  },
  {
    id: 'student.level',
    where: 'member',
    read: (cell, v) => {
      const l = levels.read(cell, v);
      return l === undefined ? unknownValue(cell, levels.list(v)) : { value: l };
    },
    write: (value, v) => levels.write(String(value), v),
    hint: (v) => hintWith(v, levels.list(v), MEMBER_FACTS.student, v.first('csv.hint.notStudent')),
  },
  // full-time matters only at 高职/大专 and 本科 (contract §2: a school student); elsewhere an empty cell is yes
  flagColumn('student.fullTime', 'member', { kind: 'flag' }),
];

/** The member facts each record column writes (the others are written by the catalogue's kinds). */
const RECORDS: Record<string, string[]> = { relation: ['relation'], age: ['age'], disabilities: ['disabilities'], illnesses: ['illnesses'], student: ['student.level', 'student.fullTime'] };

const familyColumn: Column = { id: 'family', where: 'family', required: true, read: (cell) => ({ value: cell.trim() }), write: String, hint: (v) => v.first('csv.hint.family') };

/** Every column, in the template's order: the family, each member fact, then the file's and the groups' facts. */
export const COLUMNS: readonly Column[] = [
  familyColumn,
  ...Object.entries(MEMBER_FACTS).flatMap(([name, fact]) =>
    fact.kind === 'record' ? RECORDS[name].map((id) => memberRecordColumns.find((c) => c.id === id)!) : [factColumn(name, 'member', name, fact)],
  ),
  ...Object.entries(FILE_FACTS).map(([name, fact]) => factColumn(name, 'household', name, fact)),
  ...GROUPS.flatMap((g) => Object.entries(GROUP_FACTS[g] as Record<string, Fact>).map(([name, fact]) => factColumn(`${g}.${name}`, 'household', name, fact))),
];

/** A school level where full-time study decides (高职/大专, 本科): its full-time cell must be filled. */
export const needsFullTime = (level: unknown) => HIGHER_EDUCATION.includes(level as StudentLevel);

/** A column's header in the page's locale: its name, then what to write in brackets. */
export const header = (c: Column, v: Vocabulary) => fill(v.first('csv.hint.brackets'), { name: v.first(`csv.col.${c.id}`), hint: c.hint(v) });

/** The column a header names, by any locale's name or the contract's path, with or without the template's brackets. */
export function columnOf(text: string, v: Vocabulary): Column | undefined {
  const s = normal(text.replace(/^\uFEFF/, '')).replace(/\s*\([^()]*\)$/, '');
  return COLUMNS.find((c) => normal(c.id) === s || v.all(`csv.col.${c.id}`).includes(s));
}

/** A value at a dotted path of an object ('assets.monetary'). */
const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);

/** Households as the spreadsheet: a header, then one row per member, the household's facts on the applicant's row. */
export function householdRows(households: readonly { family: string; household: unknown }[], v: Vocabulary): string[][] {
  const rows = [COLUMNS.map((c) => header(c, v))];
  for (const { family, household } of households) {
    const members = (at(household, 'members') as Record<string, unknown>[]) ?? [];
    for (const m of members) {
      rows.push(
        COLUMNS.map((c) => {
          if (c.where === 'family') return family;
          const value = c.where === 'member' ? at(m, c.id) : m.relation === 'applicant' ? at(household, c.id) : undefined;
          return value === undefined || (Array.isArray(value) && value.length === 0) ? '' : c.write(value, v);
        }),
      );
    }
  }
  return rows;
}

/** A locale's spreadsheet words (see `Words`): picked from its caseload and rules resources at build time. */
export const localeWords = (caseload: Record<string, string>, rules: Record<string, string>): Record<string, string> =>
  Object.fromEntries([...Object.entries(caseload), ...Object.entries(rules)].filter(([k]) => /^(csv\.|relation\.|level\.|disability\.|illness\.)/.test(k)));
