// The caseload's engine, off the main thread: every household is validated and evaluated with
// the engine's own `evaluate` (the schema lives here, not in the page's JavaScript), in batches,
// each followed by a progress message. The page stops a run by terminating the worker.
import { evaluate, isError, type HouseholdInput } from '../../rules/index.ts';
import { BATCH, type FromWorker, type Outcome, type ToWorker } from './protocol.ts';
import { summarise } from './rows.ts';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const { items, asOf } = event.data;
  for (let start = 0; start < items.length; start += BATCH) {
    const outcomes: Outcome[] = items.slice(start, start + BATCH).map(({ id, data }) => {
      const out = evaluate(data, { asOf });
      return isError(out) ? { id, ok: false, error: out.error, issues: out.issues } : { id, ok: true, row: summarise(data as HouseholdInput, out) };
    });
    post({ type: 'batch', outcomes, done: Math.min(start + BATCH, items.length), total: items.length });
  }
};
