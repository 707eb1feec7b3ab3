// jixiao/json: reading and writing the JSON forms (scheme, inputs, evaluation) with zod.
export { parseScheme } from './schema/parseScheme.js';
export { parseInputs } from './schema/parseInputs.js';
export { parseEvaluation } from './schema/parseEvaluation.js';
export { parseJsonText } from './schema/parseJsonText.js';
export { schemeToJson } from './schema/schemeToJson.js';
export { jsonSchemas } from './schema/jsonSchemas.js';
export { evaluationJson } from './schema/evaluationJson.js';
export { inputsJson, leafInputJson } from './schema/inputsJson.js';
export { ruleJson } from './schema/ruleJson.js';
export { parseDataFile, type DataFile } from './schema/parseDataFile.js';
export { dataFileJson, departmentIndicatorJson, type DepartmentInfo } from './schema/dataFileJson.js';
export { runCases, type CaseFileAccess } from './cases/runCases.js';
export type { CaseReport, CaseResult, CaseFailure } from './cases/CaseReport.js';
export { caseFileJson } from './cases/caseFileJson.js';
