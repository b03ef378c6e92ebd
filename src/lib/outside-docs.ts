// The documents outside the policy texts the tool carries, with how sure we are of each
// (sources.ts): the pages hand them to the islands as a prop, so the sources registry stays out
// of the browser. Build time only.
import type { OutsideDocs } from '../components/result/ResultView.tsx';
import { SOURCES } from '../rules/sources.ts';

export const OUTSIDE_DOCS: OutsideDocs = Object.fromEntries(Object.values(SOURCES).flatMap((d) => (d.inPolicyTexts ? [] : [[d.id, d.confidence ?? 'medium']])));
