// The caseload: a community worker opens many household files or spreadsheets at once (chosen or
// dropped), worker threads (two where there are two cores) evaluate them in batches with a
// progress bar and a cancel button, and the page
// shows one row per family, sortable and filterable, with the families who may qualify for
// something they do not receive yet a click away. One family opens into the questionnaire's own
// result view and materials checklist; every family's checklist, or the selected families', prints
// in one go, each family from a new page. Everything stays in this tab's memory: no request, no storage; 清除 empties it.
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Evaluation, HouseholdInput, ValidationIssue } from '../../rules/index.ts';
import { PROGRAMS, type Program } from '../../rules/registry.ts';
import { evaluateChecked } from '../../rules/checked.ts';
import { today } from '../../rules/dates.ts';
import { makeT, type Resources } from '../../i18n/runtime.ts';
import type { T } from '../../i18n/runtime.ts';
import { issueText, type Person } from '../../lib/explain.ts';
import { forgetSavedFile, saveBlob, saveHouseholdFile } from '../../lib/write-household-file.ts';
import { Checklist } from '../result/Checklist.tsx';
import { ResultView, type OutsideDocs } from '../result/ResultView.tsx';
import type { Words } from './csv-columns.ts';
import { cellText, fileKind, templateBlob } from './csv-page.ts';
import type { FromWorker, Item, Outcome, ToWorker } from './protocol.ts';
import { toCsv, type RowSummary, type Status } from './rows.ts';
import { UpdateNotice } from '../site/UpdateNotice.tsx';

export interface CaseloadProps {
  strings: Resources;
  locale: 'zh-CN' | 'en';
  policyBase: string;
  outsideDocs: OutsideDocs;
  /** the spreadsheet's words, every locale's, the page's first (csv-columns.ts) */
  csvWords: Words;
}

/** A caseload file may hold many households: larger files are refused before reading. */
const MAX_MB = 10;
/** ids left free for a spreadsheet's families (csv.ts reads at most MAX_ROWS rows: as many families) */
const CSV_IDS = 50_000;
/** How often, at most, a run's new rows are drawn: drawing the table for every batch kept the main thread busy. */
const FLUSH_MS = 500;
const POST_CHUNK = 1_000;
/** Two workers where there are two cores (one evaluated 10 000 families in about 7 s on this 2-core machine; the target is 5). */
const WORKERS = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 1 ? 2 : 1;
/** Rows the table holds before "show more", which adds as many. */
const PAGE = 200;
/**
 * New rows drawn per task: laying out the first 200 rows at once was the page's longest task
 * (90–100 ms of CPU, bench-caseload --tasks); DRAW rows at a time, each in a task of its own, take
 * 13–20 ms of CPU with their style, layout and paint (the columns' widths fixed: caseload.css).
 */
const DRAW = 20;
const STATUSES: readonly Status[] = ['likely', 'review', 'unlikely'];

interface Family {
  id: number;
  label: string;
  /** the file, and the household's place in it when the file holds several */
  where: string;
  members: number;
  data: unknown;
  row: RowSummary;
}
interface Pending {
  label: string;
  where: string;
  members: number;
  data: unknown;
}
interface Problem {
  where: string;
  lines: string[];
}
type SortKey = 'label' | 'members' | 'total' | 'verify' | Program;
interface Detail {
  id: number;
  label: string;
  household: HouseholdInput;
  evaluation: Evaluation | null;
}

let nextId = 0;

const membersOf = (data: unknown): Person[] => {
  const members = (data as { members?: unknown } | null)?.members;
  return Array.isArray(members) ? members.map((m) => (m !== null && typeof m === 'object' ? (m as Person) : {})) : [];
};

/** The applicant's name when the file gives one, else where the household comes from. */
function labelOf(data: unknown, where: string): string {
  const applicant = membersOf(data).find((m) => m.relation === 'applicant');
  return typeof applicant?.name === 'string' && applicant.name.trim() ? applicant.name.trim() : where;
}

/** `a` and `b` (each in id order) in one list in id order: sorting the whole list again for every batch of a run was needless. */
function mergeById(a: Family[], b: Family[]): Family[] {
  const out: Family[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].id < b[j].id ? a[i++] : b[j++]);
  return out.concat(a.slice(i), b.slice(j));
}

const totalText = (t: T, r: RowSummary) => (r.totalMax ? t('caseload:total.range', { min: r.total, max: r.totalMax }) : r.total);
const statusText = (t: T, s: Status) => `${t(`rules:status.${s}.icon`)} ${t(`rules:status.${s}`)}`;

/** one collator for every comparison: localeCompare(…, 'zh-CN') made sorting 10 000 labels a long task */
const byLabel = new Intl.Collator('zh-CN').compare;

function compare(key: SortKey, a: Family, b: Family): number {
  if (key === 'label') return byLabel(a.label, b.label);
  if (key === 'members') return a.members - b.members;
  if (key === 'total') return Number(a.row.totalMax ?? a.row.total) - Number(b.row.totalMax ?? b.row.total) || Number(a.row.total) - Number(b.row.total);
  if (key === 'verify') return a.row.verify - b.row.verify;
  return STATUSES.indexOf(a.row.status[key]) - STATUSES.indexOf(b.row.status[key]);
}

/** A button with the sentence that says what it does beside it (its description). */
function HintedButton({ id, label, hint, onClick }: { id: string; label: string; hint: string; onClick: () => void }) {
  return (
    <p>
      <button type="button" class="button secondary" onClick={onClick} aria-describedby={`${id}-hint`}>
        {label}
      </button>{' '}
      <span class="hint" id={`${id}-hint`}>
        {hint}
      </span>
    </p>
  );
}

/**
 * One family's row. Drawn again only when its family changes: while a run adds families several
 * times a second, redrawing 500 unchanged rows each time kept the main thread busy.
 */
class FamilyRow extends Component<{ f: Family; t: T; selected: boolean; onSelect: (ids: number[], on: boolean) => void; onOpen: (f: Family, from: HTMLElement) => void }> {
  shouldComponentUpdate(next: FamilyRow['props']) {
    return next.f !== this.props.f || next.t !== this.props.t || next.selected !== this.props.selected;
  }
  render({ f, t, selected, onSelect, onOpen }: FamilyRow['props']) {
    return (
      <tr data-source={f.where} class={f.row.missed ? 'is-missed' : undefined}>
        <th scope="row">
          <input type="checkbox" class="cl-select" aria-label={t('caseload:select.one', { label: f.label })} checked={selected} onChange={(e) => onSelect([f.id], e.currentTarget.checked)} />
          <button type="button" class="cl-open-family" id={`cl-family-${f.id}`} onClick={(e) => onOpen(f, e.currentTarget)}>
            {f.label}
          </button>
        </th>
        <td class="num">{f.members}</td>
        {PROGRAMS.map((p) => (
          <td key={p} class={`status-${f.row.status[p]}`} data-program={p} data-status={f.row.status[p]}>
            <span aria-hidden="true">{t(`rules:status.${f.row.status[p]}.icon`)}</span> {t(`rules:status.${f.row.status[p]}`)}
          </td>
        ))}
        <td class="num">{totalText(t, f.row)}</td>
        <td class="num">{f.row.verify}</td>
      </tr>
    );
  }
}

export default function Caseload({ strings, locale, policyBase, outsideDocs, csvWords }: CaseloadProps) {
  const t = useMemo(() => makeT(strings, 'caseload', locale), [strings, locale]);
  const [families, setFamilies] = useState<Family[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState('');
  const [dragging, setDragging] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const [program, setProgram] = useState<Program | ''>('');
  const [status, setStatus] = useState<Status | ''>('');
  const [missed, setMissed] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  /** drawn again to add the next DRAW rows */
  const [, drawMore] = useState(0);
  /** the ids of the rows in the table as last drawn */
  const drawn = useRef<ReadonlySet<number>>(new Set());
  const [detail, setDetail] = useState<Detail | null>(null);
  /** the families ticked in the table, by id */
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  /** the families whose checklists are in the print-only container while the page prints */
  const [printing, setPrinting] = useState<Family[] | null>(null);
  const workers = useRef<Worker[]>([]);
  const pending = useRef(new Map<number, Pending>());
  const counts = useRef({ done: 0, total: 0 });
  /** spreadsheets sent to the worker and not read yet, and what to say about them at the end (their encoding) */
  const csvJobs = useRef(0);
  const notes = useRef<string[]>([]);
  /** how many times a run was stopped: what open() still has to send after a 取消 or 清除 is dropped */
  const stops = useRef(0);
  /** outcomes not in the page yet: the table is drawn again at most every FLUSH_MS, not for every batch */
  const inbox = useRef<{ families: Family[]; problems: Problem[]; timer: ReturnType<typeof setTimeout> | null }>({ families: [], problems: [], timer: null });
  /** families in the table, for the message at the end of a run */
  const loadedCount = useRef(0);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const backTo = useRef<HTMLElement | null>(null);
  /** back from one family: the id of the button to focus once its row is drawn again (the table's heading if none) */
  const focusBack = useRef<string | null>(null);

  useEffect(() => () => workers.current.forEach((w) => w.terminate()), []);
  // the checklists are drawn first, then printed; after printing they go again (a caseload may be thousands of families)
  useEffect(() => {
    if (printing) window.print();
  }, [printing]);
  useEffect(() => {
    const done = () => setPrinting(null);
    addEventListener('afterprint', done);
    return () => removeEventListener('afterprint', done);
  }, []);
  useEffect(() => {
    if (detail) detailHeading.current?.focus();
  }, [detail?.id]);

  /** A household of the page's files, or one the worker made from a spreadsheet. */
  function itemOf(outcome: Outcome): Pending | undefined {
    const made = outcome.made;
    if (!made) return pending.current.get(outcome.id);
    const label = made.name ? t('caseload:csv.label', { family: made.family, name: made.name }) : made.family;
    return { label, where: t('caseload:csv.where', { file: made.file, family: made.family }), members: made.members, data: made.data };
  }

  function onMessage(event: MessageEvent<FromWorker>) {
    const msg = event.data;
    const box = inbox.current;
    if (msg.type === 'handoff') return post({ ...msg, type: 'families' }, [], 1);
    if (msg.type === 'csv') {
      csvJobs.current--;
      counts.current.total += msg.families;
      if (msg.problems.length) box.problems.push({ where: msg.name, lines: msg.problems.map((c) => cellText(t, c)) });
      if (msg.encoding === 'gb18030') notes.current.push(t('caseload:csv.gb18030', { file: msg.name }));
    } else {
      for (const outcome of msg.outcomes) {
        const item = itemOf(outcome);
        if (!item) continue;
        pending.current.delete(outcome.id);
        if (outcome.ok) box.families.push({ id: outcome.id, label: item.label, where: item.where, members: item.members, data: item.data, row: outcome.row });
        else box.problems.push({ where: item.where, lines: outcome.cells?.length ? outcome.cells.map((c) => cellText(t, c)) : issueLines(outcome.error, outcome.issues, item.data) });
      }
      counts.current.done += msg.outcomes.length;
    }
    if (finished()) flush();
    else box.timer ??= setTimeout(flush, FLUSH_MS);
  }

  const finished = () => counts.current.done >= counts.current.total && csvJobs.current === 0;

  /** What arrived since the last flush goes into the page; then the progress bar, or at the end how many families the table holds. */
  function flush() {
    const box = inbox.current;
    if (box.timer !== null) clearTimeout(box.timer);
    const { families: loaded, problems: broken } = box;
    inbox.current = { families: [], problems: [], timer: null };
    // in the order of the files and of their households (two workers answer in any order)
    if (loaded.length) {
      loaded.sort((a, b) => a.id - b.id);
      setFamilies((f) => mergeById(f, loaded));
    }
    loadedCount.current += loaded.length;
    if (broken.length) setProblems((p) => p.concat(broken));
    if (finished()) {
      setProgress(null);
      setMessage([t('caseload:progress.done', { n: loadedCount.current }), ...notes.current].join(' '));
      notes.current = [];
    } else if (counts.current.total > 0) setProgress({ ...counts.current });
  }

  function issueLines(error: string, issues: ValidationIssue[], data: unknown): string[] {
    if (issues.length === 0) return [t(error === 'rules-not-encoded' ? 'caseload:problem.rulesNotEncoded' : 'caseload:problem.invalidJson')];
    return issues.map((issue) => issueText(t, issue, membersOf(data)));
  }

  /** Sends to worker `n` (started when first needed). */
  function post(message: ToWorker, transfer: Transferable[] = [], n = 0) {
    if (!workers.current[n]) {
      workers.current[n] = new Worker(new URL('./caseload.worker.ts', import.meta.url), { type: 'module' });
      workers.current[n].onmessage = onMessage;
    }
    workers.current[n].postMessage(message, transfer);
  }

  async function open(list: FileList | File[] | null | undefined) {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setMessage(t('caseload:reading', { n: files.length }));
    const items: Item[] = [];
    const broken: Problem[] = [];
    const sheets: File[] = [];
    for (const file of files) {
      const kind = fileKind(file);
      if (file.size > MAX_MB * 1024 * 1024 || !kind) {
        broken.push({ where: file.name, lines: [kind ? t('caseload:problem.tooLarge', { mb: MAX_MB }) : t('caseload:problem.notCsvOrJson')] });
        continue;
      }
      if (kind === 'csv') {
        sheets.push(file);
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        broken.push({ where: file.name, lines: [t('caseload:problem.invalidJson')] });
        continue;
      }
      const many = Array.isArray(data);
      const households: unknown[] = many ? (data as unknown[]) : [data];
      if (households.length === 0) broken.push({ where: file.name, lines: [t('caseload:problem.empty')] });
      households.forEach((h, i) => {
        const where = many ? t('caseload:label.item', { file: file.name, n: i + 1 }) : file.name;
        const id = nextId++;
        pending.current.set(id, { label: labelOf(h, where), where, members: membersOf(h).length, data: h });
        items.push({ id, data: h });
      });
    }
    if (broken.length) setProblems((p) => p.concat(broken));
    if (items.length === 0 && sheets.length === 0) {
      setMessage('');
      return;
    }
    const run = stops.current;
    // counted before anything is sent, so that the end of the households' run is not taken for the end of everything
    csvJobs.current += sheets.length;
    if (items.length) {
      counts.current.total += items.length;
      setProgress({ ...counts.current });
      setMessage('');
      // copying 10 000 households to the worker at once is one long task: POST_CHUNK at a time, each a task of its own
      for (let start = 0; start < items.length && run === stops.current; start += POST_CHUNK) {
        if (start > 0) await new Promise((go) => setTimeout(go));
        if (run === stops.current) post({ type: 'run', items: items.slice(start, start + POST_CHUNK), asOf: today() }, [], (start / POST_CHUNK) % WORKERS);
      }
    }
    for (const file of sheets) {
      const bytes = await file.arrayBuffer();
      if (run !== stops.current) return;
      post({ type: 'csv', name: file.name, bytes, firstId: nextId, asOf: today(), words: csvWords, share: WORKERS > 1 }, [bytes]);
      nextId += CSV_IDS;
    }
  }

  function stop() {
    stops.current++;
    workers.current.forEach((w) => w.terminate());
    workers.current = [];
    const { done, total } = counts.current;
    pending.current.clear();
    counts.current = { done: 0, total: 0 };
    csvJobs.current = 0;
    notes.current = [];
    if (inbox.current.timer !== null) clearTimeout(inbox.current.timer);
    inbox.current = { families: [], problems: [], timer: null };
    setProgress(null);
    return { done, left: total - done };
  }

  function cancel() {
    setMessage(t('caseload:progress.cancelled', stop()));
  }

  function clear() {
    stop();
    forgetSavedFile();
    setFamilies([]);
    loadedCount.current = 0;
    setProblems([]);
    setDetail(null);
    setSelected(new Set());
    setLimit(PAGE);
    setMessage(t('caseload:cleared'));
  }

  const shown = useMemo(() => {
    if (!missed && !status && !sort) return families;
    const keep = families.filter(
      (f) =>
        (!missed || f.row.missed) &&
        (!status || (program ? f.row.status[program] === status : PROGRAMS.some((p) => f.row.status[p] === status))),
    );
    if (sort) keep.sort((a, b) => sort.dir * compare(sort.key, a, b) || a.id - b.id);
    return keep;
  }, [families, missed, status, program, sort]);

  // The rows to draw now: the first `limit` of `shown`, up to the DRAW-th that is not in the table yet.
  const target = detail ? 0 : Math.min(limit, shown.length);
  let drawNow = 0;
  for (let fresh = 0; drawNow < target && (drawn.current.has(shown[drawNow].id) || fresh++ < DRAW); drawNow++);
  const drawnRows = shown.slice(0, drawNow);
  drawn.current = new Set(drawnRows.map((f) => f.id));
  // Preact runs effects after the next frame is drawn (requestAnimationFrame, then a task): the next rows are laid out in a task of their own
  useEffect(() => {
    const focus = focusBack.current;
    const row = focus ? document.getElementById(focus) : null;
    if (focus !== null && (row || drawNow === target)) {
      (row ?? tableHeading.current)?.focus();
      focusBack.current = null;
    }
    if (drawNow < target) drawMore((n) => n + 1);
  });

  function sortBy(key: SortKey) {
    setSort((s) => ({ key, dir: s?.key === key && s.dir === 1 ? -1 : 1 }));
  }

  function exportCsv() {
    const header = [t('caseload:col.label'), t('caseload:col.members'), ...PROGRAMS.map((p) => t(`rules:program.${p}`)), t('caseload:col.total'), t('caseload:col.verify'), t('caseload:col.missed')];
    const rows = shown.map((f) => [
      f.label,
      f.members,
      ...PROGRAMS.map((p) => statusText(t, f.row.status[p])),
      totalText(t, f.row),
      f.row.verify,
      t(f.row.missed ? 'caseload:yes' : 'caseload:no'),
    ]);
    saveBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), t('caseload:export.name', { date: today() }));
  }

  function select(ids: readonly number[], on: boolean) {
    setSelected((old) => {
      const next = new Set(old);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** Draws the families' checklists for the printer (a new array each time, so that the same list prints again). */
  function print(list: Family[]) {
    if (list.length) setPrinting([...list]);
    else setMessage(t('caseload:print.none'));
  }

  /** The worker has validated the file: the page evaluates it again without the schema, as the questionnaire does. */
  function openFamily(f: Family, from: HTMLElement) {
    backTo.current = from;
    const household = f.data as HouseholdInput;
    setDetail({ id: f.id, label: f.label, household, evaluation: evaluateChecked(household, { asOf: today() }) });
  }

  function back() {
    setDetail(null);
    focusBack.current = backTo.current?.id ?? '';
  }

  const header = (key: SortKey, label: string) => {
    const current = sort?.key === key ? sort.dir : 0;
    return (
      <th scope="col" key={key} aria-sort={current === 1 ? 'ascending' : current === -1 ? 'descending' : 'none'}>
        <button type="button" class="cl-sort" onClick={() => sortBy(key)}>
          {label}
          {current !== 0 && <span class="visually-hidden">{t(current === 1 ? 'caseload:sort.asc' : 'caseload:sort.desc')}</span>}
          <span aria-hidden="true">{current === 1 ? ' ▲' : current === -1 ? ' ▼' : ''}</span>
        </button>
      </th>
    );
  };

  if (detail) {
    return (
      <section class="cl-detail" aria-labelledby="cl-detail-h">
        <h2 id="cl-detail-h" ref={detailHeading} tabIndex={-1}>
          {t('caseload:detail.title', { label: detail.label })}
        </h2>
        <p class="cl-actions no-print">
          <button type="button" class="button secondary" onClick={back}>
            {t('caseload:detail.back')}
          </button>
          <button type="button" class="button secondary" onClick={() => saveHouseholdFile(detail.household, t('caseload:detail.fileName', { date: today() }))}>
            {t('caseload:detail.save')}
          </button>
        </p>
        {detail.evaluation ? (
          <>
            <ResultView t={t} household={detail.household} evaluation={detail.evaluation} policyBase={policyBase} outsideDocs={outsideDocs} level={3} />
            <Checklist t={t} household={detail.household} evaluation={detail.evaluation} today={today()} />
          </>
        ) : (
          <p>{t('caseload:detail.notEvaluated')}</p>
        )}
      </section>
    );
  }

  return (
    <div class="cl-app">
      {/* the families live in this page only: a reload empties the table, and the notice says so */}
      <UpdateNotice text={t('common:offline.updateCaseload')} action={t('common:offline.reload')} />
      <section class="cl-open" aria-labelledby="cl-open-h">
        <h2 id="cl-open-h">{t('caseload:open.title')}</h2>
        <div
          class={`cl-drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void open(e.dataTransfer?.files);
          }}
        >
          <label for="cl-files" class="label">
            {t('caseload:open.label')}
          </label>
          <p class="hint" id="cl-files-hint">
            {t('caseload:open.hint')} {t(dragging ? 'caseload:drop.active' : 'caseload:drop.text')}
          </p>
          <input
            type="file"
            id="cl-files"
            multiple
            accept=".json,.csv,application/json,text/csv"
            aria-describedby="cl-files-hint"
            onChange={(e) => {
              const input = e.currentTarget;
              void open(input.files).then(() => (input.value = ''));
            }}
          />
        </div>
        {progress && (
          <div class="cl-progress">
            <label for="cl-progress" id="cl-progress-label">
              {t('caseload:progress.label')}
            </label>{' '}
            <progress id="cl-progress" max={progress.total} value={progress.done} />{' '}
            <span>{t('caseload:progress.text', progress)}</span>{' '}
            <button type="button" class="button secondary" onClick={cancel}>
              {t('caseload:progress.cancel')}
            </button>
          </div>
        )}
        <HintedButton
          id="cl-template"
          label={t('caseload:csv.template')}
          hint={t('caseload:csv.template.hint')}
          onClick={() => saveBlob(templateBlob(t, csvWords), t('caseload:csv.template.name'))}
        />
        <p role="status" class="cl-message">
          {message}
        </p>
        {(families.length > 0 || problems.length > 0) && (
          <HintedButton id="cl-clear" label={t('caseload:clear')} hint={t('caseload:clear.hint')} onClick={clear} />
        )}
      </section>

      {problems.length > 0 && (
        <section class="cl-problems" aria-labelledby="cl-problems-h">
          <h2 id="cl-problems-h">{t('caseload:problems.title', { n: problems.length })}</h2>
          <p>{t('caseload:problems.intro')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i} data-where={p.where}>
                <strong>{p.where}</strong>
                <ul>
                  {p.lines.map((line, j) => (
                    <li key={j}>{line}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="cl-families" aria-labelledby="cl-table-h">
        <h2 id="cl-table-h" ref={tableHeading} tabIndex={-1}>
          {t('caseload:table.title')}
        </h2>
        {families.length === 0 ? (
          <p>{t('caseload:table.empty')}</p>
        ) : (
          <>
            <fieldset class="cl-filters">
              <legend>{t('caseload:filter.title')}</legend>
              <div class="cl-filter">
                <label for="cl-program">{t('caseload:filter.program')}</label>
                <select id="cl-program" value={program} onChange={(e) => setProgram(e.currentTarget.value as Program | '')}>
                  <option value="">{t('caseload:filter.program.any')}</option>
                  {PROGRAMS.map((p) => (
                    <option key={p} value={p}>
                      {t(`rules:program.${p}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="cl-filter">
                <label for="cl-status">{t('caseload:filter.status')}</label>
                <select id="cl-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as Status | '')}>
                  <option value="">{t('caseload:filter.status.any')}</option>
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {statusText(t, s)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="checkbox cl-filter">
                <input type="checkbox" id="cl-missed" checked={missed} aria-describedby="cl-missed-hint" onChange={(e) => setMissed(e.currentTarget.checked)} />
                <label for="cl-missed">{t('caseload:filter.missed')}</label>
                <p class="hint" id="cl-missed-hint">
                  {t('caseload:filter.missed.hint')}
                </p>
              </div>
            </fieldset>
            <HintedButton id="cl-export" label={t('caseload:export.csv')} hint={t('caseload:export.hint')} onClick={exportCsv} />
            <HintedButton id="cl-print-all" label={t('caseload:print.all')} hint={t('caseload:print.all.hint', { n: shown.length })} onClick={() => print(shown)} />
            <HintedButton id="cl-print-selected" label={t('caseload:print.selected', { n: selected.size })} hint={t('caseload:print.selected.hint')} onClick={() => print(families.filter((f) => selected.has(f.id)))} />
            {shown.length > 0 && (
              <p class="cl-select-all">
                <input type="checkbox" id="cl-select-all" checked={shown.every((f) => selected.has(f.id))} onChange={(e) => select(shown.map((f) => f.id), e.currentTarget.checked)} />
                <label for="cl-select-all">{t('caseload:select.all', { n: shown.length })}</label>
              </p>
            )}
            {shown.length === 0 ? (
              <p>{t('caseload:table.none')}</p>
            ) : (
              <div class="cl-scroll" role="region" aria-labelledby="cl-table-h" tabIndex={0}>
                <table class="cl-table">
                  <caption>{t('caseload:table.caption', { shown: Math.min(limit, shown.length), total: shown.length })}</caption>
                  {/* the columns' widths (caseload.css): the table is laid out without measuring its cells */}
                  <colgroup>
                    <col class="cl-col-label" />
                    <col class="cl-col-members" />
                    {PROGRAMS.map((p) => (
                      <col key={p} class="cl-col-program" />
                    ))}
                    <col class="cl-col-total" />
                    <col class="cl-col-verify" />
                  </colgroup>
                  <thead>
                    <tr>
                      {header('label', t('caseload:col.label'))}
                      {header('members', t('caseload:col.members'))}
                      {PROGRAMS.map((p) => header(p, t(`rules:program.${p}`)))}
                      {header('total', t('caseload:col.total'))}
                      {header('verify', t('caseload:col.verify'))}
                    </tr>
                  </thead>
                  <tbody>
                    {drawnRows.map((f) => (
                      <FamilyRow key={f.id} f={f} t={t} selected={selected.has(f.id)} onSelect={select} onOpen={openFamily} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {shown.length > limit && (
              <p>
                <button type="button" class="button secondary" onClick={() => setLimit((l) => l + PAGE)}>
                  {t('caseload:table.more', { n: Math.min(PAGE, shown.length - limit) })}
                </button>
              </p>
            )}
          </>
        )}
      </section>
      {printing && (
        <div class="cl-print">
          {printing.map((f) => {
            const household = f.data as HouseholdInput;
            const evaluation = evaluateChecked(household, { asOf: today() });
            const title = t('caseload:print.heading', { label: f.label });
            return (
              <div key={f.id} class="cl-print-family">
                {evaluation ? (
                  <Checklist t={t} household={household} evaluation={evaluation} today={today()} title={title} headingId={`cl-print-${f.id}`} />
                ) : (
                  <>
                    <h2>{title}</h2>
                    <p>{t('caseload:detail.notEvaluated')}</p>
                  </>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
