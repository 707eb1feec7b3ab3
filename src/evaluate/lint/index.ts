export { lintScheme, type LintOptions } from './lintScheme.js';
export { lintCodes, type LintCode } from './lintCodes.js';
export { bestLeafScore } from './bestLeafScore.js';
