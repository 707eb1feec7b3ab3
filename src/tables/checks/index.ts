export { checkScoreTable, nationalGradeBands } from './checkScoreTable.js';
export type {
  GradeBand,
  SeenValue,
  TableCheck,
  TableCheckOptions,
  TableCheckReport,
  TableVerdict,
} from './TableCheck.js';
