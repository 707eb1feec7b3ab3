export { JixiaoDecimal, type Dec } from './JixiaoDecimal.js';
export type { DecimalInput } from './DecimalInput.js';
export { decimal } from './decimal.js';
export { parseDecimal } from './parseDecimal.js';
export { decimalLimits } from './decimalLimits.js';
export { roundDecimal } from './roundDecimal.js';
export {
  roundingModes,
  defaultRoundingPolicy,
  type RoundingMode,
  type RoundingPolicy,
} from './RoundingPolicy.js';
export { formatDecimal } from './formatDecimal.js';
export { groupThousands } from './groupThousands.js';
export { trimZeros } from './trimZeros.js';
export { formatPercent } from './formatPercent.js';
export { toJsonData } from './toJsonData.js';
