// jixiao/lint: design lints of a scheme, before anything is scored: weights that decide too
// much, leaves that cannot reach their weight, rules that cannot tell inputs apart. Loads only
// decimal.js (neither zod nor fast-check).
export {
  lintScheme,
  lintCodes,
  bestLeafScore,
  type LintOptions,
  type LintCode,
} from './evaluate/lint/index.js';
