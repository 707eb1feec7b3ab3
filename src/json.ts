// jixiao/json: reading and writing the JSON forms (scheme, inputs, evaluation) with zod.
export { parseScheme } from './json/parseScheme.js';
export { parseInputs } from './json/parseInputs.js';
export { parseEvaluation } from './json/parseEvaluation.js';
export { parseJsonText } from './json/parseJsonText.js';
export { schemeToJson } from './json/schemeToJson.js';
export { jsonSchemas } from './json/jsonSchemas.js';
export { evaluationJson } from './json/evaluationJson.js';
export { inputsJson, leafInputJson } from './json/inputsJson.js';
export { ruleJson } from './json/ruleJson.js';
export { parseDataFile, type DataFile } from './json/parseDataFile.js';
export { placeDataFileIssues } from './json/placeDataFileIssues.js';
export { dataFileJson, departmentIndicatorJson, type DepartmentInfo } from './json/dataFileJson.js';
export type { DepartmentRow, DepartmentRowResult } from './json/departmentRowOf.js';
export { runCases, type CaseFileAccess } from './cases/runCases.js';
export type { CaseReport, CaseResult, CaseFailure } from './cases/CaseReport.js';
export { caseFileJson } from './json/caseFileJson.js';
export { ruleParserOf } from './json/ruleParserOf.js';
export { builtInRuleJson, type RuleJsonForms } from './rules/builtInRuleJson.js';
