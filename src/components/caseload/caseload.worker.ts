// The caseload's engine, off the main thread: every household is validated and evaluated with
// the engine's own `evaluate` (the schema lives here, not in the page's JavaScript), in batches,
// each followed by a progress message. A spreadsheet is read here too (csv.ts, with PapaParse):
// its families are validated the same way, their problems placed at a row and a column, half of
// them by a second worker when the page has one. The page stops a run by terminating its workers.
import { evaluate, isError, type HouseholdInput } from '../../rules/index.ts';
import { cellIssues, readCsv, type CsvFamily } from './csv.ts';
import { BATCH, type FromWorker, type Outcome, type ToWorker } from './protocol.ts';
import { summarise } from './rows.ts';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

function outcome(id: number, data: unknown, asOf: string): Outcome {
  const out = evaluate(data, { asOf });
  return isError(out) ? { id, ok: false, error: out.error, issues: out.issues } : { id, ok: true, row: summarise(data as HouseholdInput, out) };
}

function inBatches(count: number, one: (i: number) => Outcome) {
  for (let start = 0; start < count; start += BATCH) {
    const outcomes: Outcome[] = [];
    for (let i = start; i < Math.min(start + BATCH, count); i++) outcomes.push(one(i));
    post({ type: 'batch', outcomes, done: Math.min(start + BATCH, count), total: count });
  }
}

/** A spreadsheet's family: its problems, else the schema's issues at their rows and columns, else its row. */
function familyOutcome(id: number, f: CsvFamily, file: string, asOf: string): Outcome {
  const made = { file, family: f.family, name: f.name, members: f.data.members.length, data: f.data };
  const out = { ...outcome(id, f.data, asOf), made };
  if (out.ok && f.problems.length === 0) return out;
  const cells = [...f.problems, ...(out.ok ? [] : cellIssues(f, out.issues))];
  return out.ok ? { id, ok: false, error: 'invalid-csv', issues: [], made, cells } : { ...out, cells };
}

/** Families handed to another worker at a time: each message is copied on the page's thread, twice (1 000 took 11–16 ms of its CPU a message). */
const HANDOFF = 500;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'run') return inBatches(msg.items.length, (i) => outcome(msg.items[i].id, msg.items[i].data, msg.asOf));
  if (msg.type === 'families') return inBatches(msg.families.length, (i) => familyOutcome(msg.firstId + i, msg.families[i], msg.file, msg.asOf));
  const read = readCsv(new Uint8Array(msg.bytes), msg.words);
  post({ type: 'csv', name: msg.name, encoding: read.encoding, families: read.families.length, problems: read.problems });
  // two workers on two cores: the second half first goes to the other one, then this one evaluates the first
  const own = msg.share ? Math.ceil(read.families.length / 2) : read.families.length;
  for (let start = own; start < read.families.length; start += HANDOFF)
    post({ type: 'handoff', file: msg.name, families: read.families.slice(start, start + HANDOFF), firstId: msg.firstId + start, asOf: msg.asOf });
  inBatches(own, (i) => familyOutcome(msg.firstId + i, read.families[i], msg.name, msg.asOf));
};
