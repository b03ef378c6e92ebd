// Loaded with `node --import` before the rule tests (package.json "test:rules", scripts/test.ts):
// decimal.js is replaced by the subset the browser bundle ships (scripts/decimal-subset.ts), so
// every rule test runs the arithmetic residents get. A method the engine uses but the subset
// lacks fails here as "x.abs is not a function".
import { registerHooks } from 'node:module';
import { isDecimalModule, subsetDecimal } from '../../scripts/decimal-subset.ts';

registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (!isDecimalModule(url)) return loaded;
    return { ...loaded, source: subsetDecimal(String(loaded.source)) };
  },
});
