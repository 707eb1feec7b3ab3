import type { Dec } from './JixiaoDecimal.js';

/**
 * What a decimal can be written as at the library's boundary: a string (`"23,135.18"`, `"99.56%"`),
 * a finite JS number (read through its shortest round-trip text, never through float arithmetic),
 * or a decimal.
 */
export type DecimalInput = string | number | Dec;
