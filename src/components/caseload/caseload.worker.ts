// The caseload's engine, off the main thread: every household is validated and evaluated with
// the engine's own `evaluate` (the schema lives here, not in the page's JavaScript), in batches,
// each followed by a progress message. A spreadsheet is read here too (csv.ts, with PapaParse):
// its families are validated the same way, their problems placed at a row and a column. The
// page stops a run by terminating the worker.
import { evaluate, isError, type HouseholdInput } from '../../rules/index.ts';
import { cellIssues, readCsv } from './csv.ts';
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

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'run') {
    inBatches(msg.items.length, (i) => outcome(msg.items[i].id, msg.items[i].data, msg.asOf));
    return;
  }
  const read = readCsv(new Uint8Array(msg.bytes), msg.words);
  post({ type: 'csv', name: msg.name, encoding: read.encoding, families: read.families.length, problems: read.problems });
  inBatches(read.families.length, (i) => {
    const f = read.families[i];
    const made = { file: msg.name, family: f.family, name: f.name, members: f.data.members.length, data: f.data };
    const out = { ...outcome(msg.firstId + i, f.data, msg.asOf), made };
    if (out.ok && f.problems.length === 0) return out;
    const cells = [...f.problems, ...(out.ok ? [] : cellIssues(f, out.issues))];
    return out.ok ? { id: out.id, ok: false, error: 'invalid-csv', issues: [], made, cells } : { ...out, cells };
  });
};
